# Compiler flags shared by every target of the project.
add_compile_options(-Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(WHALESTACK_WERROR)
  add_compile_options(-Werror)
endif()
if(WHALESTACK_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
if(WHALESTACK_LIBFUZZER)
  # Coverage instrumentation for every library, so libFuzzer sees inside the parsers the fuzz
  # targets call; the targets themselves add -fsanitize=fuzzer to link libFuzzer's main.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
