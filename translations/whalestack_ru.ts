<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>BuildCommand</name>
    <message>
        <location filename="../cli/BuildCommand.cpp" line="+104"/>
        <source>Print a summary as JSON to stdout.</source>
        <translation>Вывести сводку в формате JSON в stdout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build at most N images at once.</source>
        <translation>Собирать не более N образов одновременно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebuild every image, without the engine&apos;s cache.</source>
        <translation>Пересобрать все образы без кэша движка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the engine pull base images.</source>
        <translation>Разрешить движку загружать базовые образы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a build argument (repeatable).</source>
        <translation>Задать аргумент сборки (можно повторять).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network mode of RUN steps.</source>
        <translation>Сетевой режим шагов RUN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder for the build logs.</source>
        <translation>Папка для журналов сборки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push every built image to REGISTRY (host[:port]) as it is built; &quot;manifest&quot; takes the workspace manifest&apos;s registry.</source>
        <translation>Отправлять каждый собранный образ в REGISTRY (host[:port]) сразу после сборки; &quot;manifest&quot; — взять реестр из манифеста рабочей области.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build on the Docker engine of connection profile NAME (profiles.yaml) instead of DOCKER_HOST.</source>
        <translation>Собирать на движке Docker профиля подключения NAME (profiles.yaml) вместо DOCKER_HOST.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart a failed image up to N times.</source>
        <translation>Повторять сборку неудавшегося образа до N раз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workspace folder.</source>
        <translation>Папка рабочей области.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images to build (default: all).</source>
        <translation>Образы для сборки (по умолчанию: все).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>whalestack-cli %1: expected a workspace PATH</source>
        <translation>whalestack-cli %1: ожидается ПУТЬ к рабочей области</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>whalestack-cli: --%1 takes a number of at least %2, not &apos;%3&apos;</source>
        <translation>whalestack-cli: --%1 принимает число не меньше %2, а не &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>whalestack-cli: the workspace has no image &apos;%1&apos;</source>
        <translation>whalestack-cli: в рабочей области нет образа &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>whalestack-cli: nothing was built: the build plan has errors</source>
        <translation>whalestack-cli: ничего не собрано: в плане сборки есть ошибки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>whalestack-cli: %1 has no Docker profile named &apos;%2&apos;</source>
        <translation>whalestack-cli: в %1 нет профиля Docker с именем &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile %1</source>
        <translation>профиль %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whalestack-cli: cannot use the Docker engine: %1</source>
        <translation>whalestack-cli: не удаётся использовать движок Docker: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Building %n image(s) on %1</source>
        <translation>
            <numerusform>Собирается %n образ на %1</numerusform>
            <numerusform>Собираются %n образа на %1</numerusform>
            <numerusform>Собираются %n образов на %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>with %n slot(s)</source>
        <translation>
            <numerusform>с %n слотом</numerusform>
            <numerusform>с %n слотами</numerusform>
            <numerusform>с %n слотами</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step %1/%2 : %3</source>
        <translation>Шаг %1/%2 : %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(usually %1 s)</source>
        <translation>(обычно %1 с)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Built %1, up to date %2, failed %3, blocked %4, cancelled %5 in %6 s</source>
        <translation>Собрано %1, актуально %2, не удалось %3, заблокировано %4, отменено %5 за %6 с</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pushed %1 of %2 to %3</source>
        <translation>Отправлено %1 из %2 в %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Critical path: %1</source>
        <translation>Критический путь: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logs: %1</source>
        <translation>Журналы: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Interrupted: cancelling the build queue</source>
        <translation>Прервано: очередь сборки отменяется</translation>
    </message>
</context>
<context>
    <name>BuildHistoryStore</name>
    <message>
        <location filename="../core/build/BuildHistoryStore.cpp" line="+94"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 — файл, а не папка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not writable</source>
        <translation>%1 недоступен для записи</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot use the build history %1: its folder cannot be made (%2). Choose another file with WHALESTACK_HISTORY.</source>
        <translation>Не удаётся использовать историю сборок %1: не удаётся создать её папку (%2). Укажите другой файл через WHALESTACK_HISTORY.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot use the build history %1: it is a folder, not a file. Move it away or choose another file with WHALESTACK_HISTORY.</source>
        <translation>Не удаётся использовать историю сборок %1: это папка, а не файл. Переместите её или укажите другой файл через WHALESTACK_HISTORY.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot use the build history %1: Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite).</source>
        <translation>Не удаётся использовать историю сборок %1: нет драйвера SQLite для Qt (установите libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the build history %1: %2. Check that the file and its folder are writable, or choose another file with WHALESTACK_HISTORY.</source>
        <translation>Не удаётся открыть историю сборок %1: %2. Проверьте, что файл и его папка доступны для записи, или укажите другой файл через WHALESTACK_HISTORY.</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+6"/>
        <source>Cannot write the build history %1: %2</source>
        <translation>Не удаётся записать историю сборок %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>It could not be moved aside to %1; move or remove it yourself.</source>
        <translation>Её не удалось переместить в %1; переместите или удалите её вручную.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It was moved to %1 and a new, empty history was started.</source>
        <translation>Она перемещена в %1, и начата новая, пустая история.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+58"/>
        <location line="+11"/>
        <location line="+108"/>
        <location line="+12"/>
        <source>Cannot read the build history %1: %2</source>
        <translation>Не удаётся прочитать историю сборок %1: %2</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>The build history %1 was written by a newer Whalestack (schema %2; this one knows %3). It is left as it is; use the newer version, or choose another file with WHALESTACK_HISTORY.</source>
        <translation>История сборок %1 записана более новой версией Whalestack (схема %2; эта версия знает %3). Она оставлена как есть; используйте более новую версию или укажите другой файл через WHALESTACK_HISTORY.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot start a new build history at %1: %2</source>
        <translation>Не удаётся начать новую историю сборок в %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it does not read back</source>
        <translation>она не читается после записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The build history %1 is damaged (%2).</source>
        <translation>История сборок %1 повреждена (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 is an SQLite database of another program, not a build history.</source>
        <translation>Файл %1 — база данных SQLite другой программы, а не история сборок.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+8"/>
        <location line="+51"/>
        <source>Cannot record the build queue in the build history %1: %2</source>
        <translation>Не удаётся записать очередь сборки в историю сборок %1: %2</translation>
    </message>
</context>
<context>
    <name>BuildPlan</name>
    <message>
        <location filename="../core/build/BuildPlan.cpp" line="+63"/>
        <source>There is no image named %1 in this workspace; check the name or reload the workspace.</source>
        <translation>В этой рабочей области нет образа с именем %1; проверьте имя или перезагрузите рабочую область.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no Dockerfile, so there is nothing to build.</source>
        <translation>У %1 нет Dockerfile, поэтому собирать нечего.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 builds on %2, which this workspace does not define; add that image or change the FROM line.</source>
        <translation>%1 собирается на основе %2, который не определён в этой рабочей области; добавьте этот образ или измените строку FROM.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is listed twice in the build plan.</source>
        <translation>%1 указан в плане сборки дважды.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 builds on %2, which is not in the build plan.</source>
        <translation>%1 собирается на основе %2, которого нет в плане сборки.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>These images build on each other in a cycle, so none of them can be built: %1. Change one of their FROM lines.</source>
        <translation>Эти образы циклически зависят друг от друга, поэтому ни один из них нельзя собрать: %1. Измените строку FROM в одном из них.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 builds on an image that is part of a cycle.</source>
        <translation>%1 собирается на основе образа, входящего в цикл.</translation>
    </message>
</context>
<context>
    <name>BuildStatePalette</name>
    <message>
        <location filename="../gui/builds/BuildStatePalette.cpp" line="+34"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>idle</source>
        <translation>простой</translation>
    </message>
</context>
<context>
    <name>CacheDefeatCheck</name>
    <message>
        <location filename="../core/workspace/CacheDefeatCheck.cpp" line="+421"/>
        <source>%1 uses the build arg %2 (ARG at line %3), whose name says it changes with every build. A new value makes this step miss the cache: it and every step after it run again, every image built on this one rebuilds, and Whalestack never finds the image up to date. Use it as late as possible (a LABEL at the end of the last stage), or give it a fixed value in whalestack.yaml&apos;s build_args.</source>
        <translation>%1 использует аргумент сборки %2 (ARG в строке %3), имя которого говорит, что он меняется при каждой сборке. Новое значение приводит к промаху кэша на этом шаге: он и все следующие шаги выполняются заново, каждый образ, собранный на основе этого, пересобирается, и Whalestack никогда не считает образ актуальным. Используйте его как можно позже (в LABEL в конце последней стадии) или задайте ему постоянное значение в build_args файла whalestack.yaml.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This RUN sees the build arg %1 (ARG at line %2), whose name says it changes with every build; Docker keys a RUN on the build args in scope even when the command does not use them. A new value makes this step miss the cache: it and every step after it run again, every image built on this one rebuilds, and Whalestack never finds the image up to date. Move the ARG below the last RUN, or give it a fixed value in whalestack.yaml&apos;s build_args.</source>
        <translation>Этот RUN видит аргумент сборки %1 (ARG в строке %2), имя которого говорит, что он меняется при каждой сборке; Docker учитывает в ключе кэша RUN все аргументы сборки в области видимости, даже если команда их не использует. Новое значение приводит к промаху кэша на этом шаге: он и все следующие шаги выполняются заново, каждый образ, собранный на основе этого, пересобирается, и Whalestack никогда не считает образ актуальным. Перенесите ARG ниже последнего RUN или задайте ему постоянное значение в build_args файла whalestack.yaml.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ADD clones %1 on every build, and Whalestack&apos;s up-to-date check cannot see that repository: the image is called up to date even after new commits there. Pin a commit (%1#&lt;full commit hash&gt;), or clone it into the build context and COPY it.</source>
        <translation>ADD клонирует %1 при каждой сборке, а проверка актуальности Whalestack не видит этот репозиторий: образ считается актуальным даже после новых коммитов в нём. Закрепите коммит (%1#&lt;полный хеш коммита&gt;) или клонируйте репозиторий в контекст сборки и скопируйте его через COPY.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ADD downloads %1 on every build, and Whalestack&apos;s up-to-date check cannot see that file: the image is called up to date even when it changed there. Download it into the build context and COPY it, or pin its content with ADD --checksum=sha256:&lt;digest&gt;.</source>
        <translation>ADD скачивает %1 при каждой сборке, а проверка актуальности Whalestack не видит этот файл: образ считается актуальным, даже если файл там изменился. Скачайте его в контекст сборки и скопируйте через COPY или закрепите его содержимое через ADD --checksum=sha256:&lt;дайджест&gt;.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../cli/main.cpp" line="+61"/>
        <source>whalestack-cli: unknown command &apos;%1&apos;</source>
        <translation>whalestack-cli: неизвестная команда &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/CommandLine.cpp" line="+14"/>
        <source>Usage: whalestack-cli COMMAND [OPTIONS]

Commands:
  workspace PATH [--json] [--build-arg K=V]...
                    read a workspace and print its images, keys, units and problems
  build PATH [IMAGE]... [--jobs N] [--push REGISTRY] [--no-cache] [--pull]
        [--build-arg K=V]... [--network MODE] [--retries N] [--profile NAME]
        [--logs DIR] [--json]
                    build the workspace&apos;s images (or the named ones) on the Docker
                    engine of DOCKER_HOST (or a profile&apos;s), pushing each one as it is
                    built; exit 1 when any image did not build or push
  login REGISTRY --username U --password-stdin
                    store a registry&apos;s credentials in the keychain (pushes look there
                    first, then in ~/.docker/config.json)
  logout REGISTRY   remove them
  history [IMAGE] [--limit N] [--json]
                    list recent image builds (all, or IMAGE&apos;s) from the build history
                    (the file WHALESTACK_HISTORY names, or the default one)
  etcd get|put|rm|ls KEY [VALUE] [--prefix] [--stdin] [--endpoints URLS] [--json]
                    read and write the etcd v3 store (ETCDCTL_ENDPOINTS by default);
                    get of a missing key exits 1
  etcd export PREFIX [-o FILE]
                    write every key under PREFIX (&quot;&quot; for all), read at one revision,
                    as YAML (a flat keys: mapping) to FILE or stdout
  etcd import FILE [--dry-run] [--prune [--prune-prefix P]] [--yes]
                    print what FILE would add, change and (with --prune) delete; write
                    only with --yes. Refused, with the keys, when a key changed since
                    the dry run; exit 1 when refused or when FILE is not valid
  etcd missing WORKSPACE_PATH [-o SKELETON.yaml]
                    print the template keys the store lacks; exit 1 when any are
                    missing; -o writes a skeleton to fill in and import
  etcd watch PREFIX print one line per change under PREFIX until Ctrl-C; resumes after a
                    lost connection without missing or repeating a change
  fleet machines|units|state [--endpoint URL] [--tunnel HOST] [--json]
                    list fleet&apos;s machines, its units (with --workspace: whether the
                    local file differs), or each unit&apos;s state on each machine
                    (FLEETCTL_ENDPOINT and FLEETCTL_TUNNEL by default; --identity FILE
                    and --ssh-option K=V go to the tunnel&apos;s ssh)
  fleet submit|start|stop|destroy UNIT... [--workspace PATH]
                    UNIT is a unit file or a workspace unit&apos;s name; web@3.service is
                    made from the workspace&apos;s web@.service. submit and start refuse a
                    unit file with errors (file:line) before sending anything
  fleet why UNIT (or --explain UNIT)
                    say why a unit runs where it runs, or why it runs nowhere
  fleet generate IMAGE [--global|--template] [--write [--force]]
                    a unit file for a workspace image in the original&apos;s pattern;
                    printed, or written into the workspace&apos;s unit folder
  fleet image UNIT [--set IMAGE] [--restart] [--etcd URLS]
                    the etcd key a unit reads its image from, and its value; --set
                    writes it (compare-and-swap), --restart then restarts the unit
  probe ENVIRONMENT [--workspace PATH] | --service KIND=ENDPOINT[,OPT=V]...
                    [--json] [--watch] [--interval S] [--timeout S]
                    health probes of an environment&apos;s servers, or of the ones named;
                    exit 1 when any is down
  graph PATH        print the image dependency graph in Graphviz dot
  keys PATH         print every etcd key the confd templates read, sorted

Exit codes: 0 success, 1 the input has errors (or a command failed), 2 usage error.
</source>
        <translation>Использование: whalestack-cli COMMAND [OPTIONS]

Команды:
  workspace PATH [--json] [--build-arg K=V]...
                    прочитать рабочую область и вывести её образы, ключи, юниты и проблемы
  build PATH [IMAGE]... [--jobs N] [--push REGISTRY] [--no-cache] [--pull]
        [--build-arg K=V]... [--network MODE] [--retries N] [--profile NAME]
        [--logs DIR] [--json]
                    собрать образы рабочей области (или указанные) на движке Docker
                    из DOCKER_HOST (или из профиля), отправляя каждый сразу после
                    сборки; код выхода 1, если какой-либо образ не собрался или не отправился
  login REGISTRY --username U --password-stdin
                    сохранить учётные данные реестра в связке ключей (при отправке они
                    ищутся сначала там, затем в ~/.docker/config.json)
  logout REGISTRY   удалить их
  history [IMAGE] [--limit N] [--json]
                    показать последние сборки образов (все или только IMAGE) из истории
                    сборок (файл из WHALESTACK_HISTORY или файл по умолчанию)
  etcd get|put|rm|ls KEY [VALUE] [--prefix] [--stdin] [--endpoints URLS] [--json]
                    читать и записывать хранилище etcd v3 (по умолчанию ETCDCTL_ENDPOINTS);
                    get отсутствующего ключа завершается с кодом 1
  etcd export PREFIX [-o FILE]
                    записать все ключи с префиксом PREFIX (&quot;&quot; — все ключи), прочитанные
                    на одной ревизии, в YAML (плоское отображение keys:) в FILE или stdout
  etcd import FILE [--dry-run] [--prune [--prune-prefix P]] [--yes]
                    вывести, что FILE добавит, изменит и (с --prune) удалит; записывать
                    только с --yes. Импорт отклоняется (с перечнем ключей), если ключ
                    изменился после пробного прогона; код выхода 1 при отказе или если
                    FILE некорректен
  etcd missing WORKSPACE_PATH [-o SKELETON.yaml]
                    вывести ключи шаблонов, которых нет в хранилище; код выхода 1, если
                    какие-либо отсутствуют; -o записывает заготовку для заполнения и импорта
  etcd watch PREFIX выводить по строке на каждое изменение с префиксом PREFIX до Ctrl-C;
                    после потери соединения продолжает, не пропуская и не повторяя изменений
  fleet machines|units|state [--endpoint URL] [--tunnel HOST] [--json]
                    вывести машины fleet, его юниты (с --workspace — отличается ли
                    локальный файл) или состояние каждого юнита на каждой машине
                    (по умолчанию FLEETCTL_ENDPOINT и FLEETCTL_TUNNEL; --identity FILE
                    и --ssh-option K=V передаются ssh туннеля)
  fleet submit|start|stop|destroy UNIT... [--workspace PATH]
                    UNIT — файл юнита или имя юнита рабочей области; web@3.service
                    создаётся из web@.service рабочей области. submit и start отклоняют
                    файл юнита с ошибками (файл:строка), ничего не отправляя
  fleet why UNIT (или --explain UNIT)
                    объяснить, почему юнит работает там, где работает, или почему
                    он не работает нигде
  fleet generate IMAGE [--global|--template] [--write [--force]]
                    файл юнита для образа рабочей области по образцу оригинала;
                    выводится или записывается в папку юнитов рабочей области
  fleet image UNIT [--set IMAGE] [--restart] [--etcd URLS]
                    ключ etcd, из которого юнит берёт образ, и его значение; --set
                    записывает его (сравнение с заменой), --restart затем перезапускает юнит
  probe ENVIRONMENT [--workspace PATH] | --service KIND=ENDPOINT[,OPT=V]...
                    [--json] [--watch] [--interval S] [--timeout S]
                    проверки состояния серверов окружения или названных; код выхода 1,
                    если какой-либо недоступен
  graph PATH        вывести граф зависимостей образов в формате Graphviz dot
  keys PATH         вывести отсортированный список ключей etcd, которые читают шаблоны confd

Коды выхода: 0 — успех, 1 — во входных данных есть ошибки (или команда не удалась), 2 — ошибка использования.
</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>whalestack-cli: --build-arg takes NAME=VALUE, not &apos;%1&apos;</source>
        <translation>whalestack-cli: --build-arg принимает ИМЯ=ЗНАЧЕНИЕ, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>whalestack-cli: %1 is not a folder; give the workspace&apos;s root folder</source>
        <translation>whalestack-cli: %1 — не папка; укажите корневую папку рабочей области</translation>
    </message>
</context>
<context>
    <name>ContextArchive</name>
    <message>
        <location filename="../core/build/ContextArchive.cpp" line="+58"/>
        <source>cannot read the folder: %1</source>
        <translation>не удаётся прочитать папку: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot read this file of the build context (%1); make it readable or exclude it in .dockerignore</source>
        <translation>не удаётся прочитать этот файл контекста сборки (%1); сделайте его доступным для чтения или исключите его в .dockerignore</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>left out of the build context: not a file, folder or symbolic link</source>
        <translation>исключено из контекста сборки: не файл, не папка и не символическая ссылка</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>extra context file &quot;%1&quot;: write it as hostpath:dest, dest inside the context</source>
        <translation>дополнительный файл контекста &quot;%1&quot;: укажите его в виде hostpath:dest, где dest — путь внутри контекста</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>extra context file for &quot;%1&quot; is missing or not a readable file</source>
        <translation>дополнительный файл контекста для &quot;%1&quot; отсутствует или не является доступным для чтения файлом</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the build context folder does not exist</source>
        <translation>папка контекста сборки не существует</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the Dockerfile does not exist</source>
        <translation>Dockerfile не существует</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a build context can only be opened once, for reading</source>
        <translation>контекст сборки можно открыть только один раз, для чтения</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start the tar writer</source>
        <translation>не удаётся запустить запись tar</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1: cannot write the tar header: %2</source>
        <translation>%1: не удаётся записать заголовок tar: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 changed or vanished while the build context was being sent</source>
        <translation>%1 изменился или исчез во время передачи контекста сборки</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot read it while sending the build context: %2</source>
        <translation>%1: не удаётся прочитать при передаче контекста сборки: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: read error while sending the build context: %2</source>
        <translation>%1: ошибка чтения при передаче контекста сборки: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shrank or vanished while the build context was being sent</source>
        <translation>%1 уменьшился или исчез во время передачи контекста сборки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot write the tar data: %2</source>
        <translation>%1: не удаётся записать данные tar: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 grew while the build context was being sent</source>
        <translation>%1 увеличился во время передачи контекста сборки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot finish the tar stream: %1</source>
        <translation>не удаётся завершить поток tar: %1</translation>
    </message>
</context>
<context>
    <name>ContextDigest</name>
    <message>
        <location filename="../core/build/ContextDigest.cpp" line="+43"/>
        <source>cannot read the Dockerfile: %1</source>
        <translation>не удаётся прочитать Dockerfile: %1</translation>
    </message>
</context>
<context>
    <name>DockerContainerList</name>
    <message>
        <location filename="../core/docker/DockerContainerList.cpp" line="+52"/>
        <source>GET /containers/json at %1 did not answer a JSON list (%2). Is this a Docker engine?</source>
        <translation>GET /containers/json на %1 вернул не список JSON (%2). Это точно движок Docker?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a JSON object came</source>
        <translation>пришёл объект JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GET /containers/json at %1 listed something that is not a container object.</source>
        <translation>GET /containers/json на %1 вернул в списке элемент, не являющийся объектом контейнера.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>GET /containers/json at %1 listed a container without an Id.</source>
        <translation>GET /containers/json на %1 вернул контейнер без Id.</translation>
    </message>
</context>
<context>
    <name>DockerEndpoint</name>
    <message>
        <location filename="../core/docker/DockerEndpoint.cpp" line="+20"/>
        <source>DOCKER_HOST=%1 cannot be used: %2</source>
        <translation>DOCKER_HOST=%1 нельзя использовать: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The address %1 of %2 cannot be used: %3</source>
        <translation>Адрес %1 из %2 нельзя использовать: %3</translation>
    </message>
</context>
<context>
    <name>DockerIgnore</name>
    <message>
        <location filename="../core/build/DockerIgnore.cpp" line="+66"/>
        <source>a backslash at the end escapes nothing</source>
        <translation>обратная косая черта в конце ничего не экранирует</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the character class is broken (empty, unclosed, or a &apos;-&apos; or &apos;]&apos; where a character belongs); write \[ for a literal bracket</source>
        <translation>класс символов задан неверно (пустой, незакрытый или содержит &apos;-&apos; или &apos;]&apos; на месте символа); для обычной квадратной скобки пишите \[</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the character range is not closed</source>
        <translation>диапазон символов не закрыт</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>a lone &apos;!&apos; re-includes nothing; name what to keep: !path</source>
        <translation>одиночный &apos;!&apos; ничего не возвращает в контекст; укажите, что нужно оставить: !path</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pattern &quot;%1&quot;: %2</source>
        <translation>шаблон &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pattern &quot;%1&quot; cannot be compiled: %2</source>
        <translation>не удаётся скомпилировать шаблон &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot read .dockerignore: %1</source>
        <translation>не удаётся прочитать .dockerignore: %1</translation>
    </message>
</context>
<context>
    <name>DockerfileParser</name>
    <message>
        <location filename="../core/workspace/DockerfileParser.cpp" line="+279"/>
        <source>The parser directive &apos;%1&apos; is given twice; it can be given only once.</source>
        <translation>Директива парсера &apos;%1&apos; указана дважды; её можно указать только один раз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid escape character &apos;%1&apos;: it must be a backslash or a backtick (`).</source>
        <translation>Недопустимый экранирующий символ &apos;%1&apos;: это должна быть обратная косая черта или обратный апостроф (`).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file ends inside a line continuation: the instruction that starts here ends with &apos;%1&apos;. Remove it or add the missing line.</source>
        <translation>Файл заканчивается внутри продолжения строки: инструкция, которая начинается здесь, оканчивается на &apos;%1&apos;. Уберите его или добавьте недостающую строку.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The heredoc &apos;%1&apos; is never closed: no line &apos;%1&apos; follows.</source>
        <translation>Heredoc &apos;%1&apos; не закрыт: строки &apos;%1&apos; дальше нет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Dockerfile has no instructions. It needs at least a FROM.</source>
        <translation>В Dockerfile нет инструкций. Нужна хотя бы FROM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Dockerfile has no FROM instruction, so it builds no image. Add FROM &lt;image&gt; (or FROM scratch) at the top.</source>
        <translation>В Dockerfile нет инструкции FROM, поэтому он не собирает образ. Добавьте FROM &lt;образ&gt; (или FROM scratch) в начало.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>FROM %1 names a stage that is defined later (line %2); a stage can only build on an earlier one.</source>
        <translation>FROM %1 ссылается на стадию, объявленную ниже (строка %2); стадия может опираться только на предыдущую.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unknown instruction &apos;%1&apos;; Docker will refuse it. Check the spelling.</source>
        <translation>Неизвестная инструкция &apos;%1&apos;; Docker её не примет. Проверьте написание.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 comes before the first FROM; only ARG may come before FROM.</source>
        <translation>%1 стоит перед первым FROM; перед FROM допустим только ARG.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SHELL needs a JSON array of strings, e.g. SHELL [&quot;/bin/sh&quot;, &quot;-c&quot;].</source>
        <translation>SHELL требует JSON-массив строк, например SHELL [&quot;/bin/sh&quot;, &quot;-c&quot;].</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ARG needs a name: ARG NAME or ARG NAME=default.</source>
        <translation>ARG требует имя: ARG ИМЯ или ARG ИМЯ=значение.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a valid ARG name.</source>
        <translation>&apos;%1&apos; — недопустимое имя ARG.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown FROM flag &apos;%1&apos;; FROM takes only --platform.</source>
        <translation>Неизвестный флаг FROM &apos;%1&apos;; FROM принимает только --platform.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FROM needs an image: FROM &lt;image&gt;[:tag] [AS &lt;name&gt;].</source>
        <translation>FROM требует образ: FROM &lt;образ&gt;[:тег] [AS &lt;имя&gt;].</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a valid stage name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos; — недопустимое имя стадии: используйте буквы, цифры, &apos;-&apos;, &apos;_&apos; и &apos;.&apos;, начиная с буквы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stage name &apos;%1&apos; is already used at line %2.</source>
        <translation>Имя стадии &apos;%1&apos; уже занято в строке %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FROM takes an image and optionally AS &lt;name&gt;; &apos;%1&apos; is more than that.</source>
        <translation>FROM принимает образ и, при необходимости, AS &lt;имя&gt;; &apos;%1&apos; — это больше.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FROM %1 names no image once the build arguments are substituted. Give the ARG a default or pass --build-arg.</source>
        <translation>После подстановки аргументов сборки FROM %1 не называет никакого образа. Задайте ARG значение по умолчанию или передайте --build-arg.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; is not a valid image reference (lower-case repository, optional :tag or @digest).</source>
        <translation>&apos;%1&apos; — недопустимая ссылка на образ (репозиторий строчными буквами, необязательные :тег или @дайджест).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ADD has no --from flag; use COPY --from.</source>
        <translation>У ADD нет флага --from; используйте COPY --from.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>COPY --from= names nothing.</source>
        <translation>COPY --from= ничего не называет.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>COPY --from=%1 names a stage that does not exist before this one: stages are numbered from 0 and %2 come before this stage.</source>
        <translation>COPY --from=%1 ссылается на стадию, которой нет перед этой: стадии нумеруются с 0, и перед этой стадией их %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>COPY --from=%1 names this stage or a later one; it can only copy from an earlier stage.</source>
        <translation>COPY --from=%1 ссылается на эту же или более позднюю стадию; копировать можно только из предыдущей.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>EXPOSE needs at least one port, e.g. EXPOSE 80 53/udp.</source>
        <translation>EXPOSE требует хотя бы один порт, например EXPOSE 80 53/udp.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a port: write a number up to 65535, a range like 8000-8010, optionally with /tcp, /udp or /sctp.</source>
        <translation>&apos;%1&apos; — не порт: укажите число до 65535 или диапазон вида 8000-8010, при необходимости с /tcp, /udp или /sctp.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 needs at least one key=value pair.</source>
        <translation>%1 требует хотя бы одну пару ключ=значение.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 has no value: write %1 %2=value.</source>
        <translation>У %1 %2 нет значения: напишите %1 %2=значение.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; has no &apos;=&apos;: in this form every item must be key=value.</source>
        <translation>В &apos;%1&apos; нет &apos;=&apos;: в этой форме каждый элемент должен иметь вид ключ=значение.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 with an empty name in &apos;%2&apos;.</source>
        <translation>%1 с пустым именем в &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The Dockerfile holds binary data (a NUL byte), not text. Check that the right file is in this place.</source>
        <translation>Dockerfile содержит двоичные данные (байт NUL), а не текст. Проверьте, что здесь лежит нужный файл.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../core/http/Endpoint.cpp" line="+23"/>
        <source>The endpoint address is empty.</source>
        <translation>Адрес конечной точки пуст.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; does not name an absolute socket path; write it as unix:///path/to/socket.</source>
        <translation>&quot;%1&quot; не является абсолютным путём к сокету; укажите его в виде unix:///path/to/socket.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid address: %2</source>
        <translation>&quot;%1&quot; — недопустимый адрес: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has the scheme &quot;%2&quot;; use unix://, tcp://, http:// or https://.</source>
        <translation>У &quot;%1&quot; схема &quot;%2&quot;; используйте unix://, tcp://, http:// или https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; names no host.</source>
        <translation>В &quot;%1&quot; не указан узел.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; names no port; write it as tcp://host:port.</source>
        <translation>В &quot;%1&quot; не указан порт; укажите адрес в виде tcp://host:port.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no endpoint)</source>
        <translation>(нет конечной точки)</translation>
    </message>
</context>
<context>
    <name>EtcdAuth</name>
    <message>
        <location filename="../core/etcd/EtcdAuth.cpp" line="+28"/>
        <source>Signing in to etcd at %1 as %2 failed: %3</source>
        <translation>Не удалось войти в etcd на %1 под именем %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>etcd at %1 refused to sign in user %2: wrong user name or password. Check the user and password of the connection (ETCDCTL_USER).</source>
        <translation>etcd на %1 отказал во входе пользователю %2: неверное имя пользователя или пароль. Проверьте пользователя и пароль подключения (ETCDCTL_USER).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in as %1</source>
        <translation>Вход под именем %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in to etcd at %1 as %2: the answer has no token. Is this an etcd v3 client URL?</source>
        <translation>Вход в etcd на %1 под именем %2: в ответе нет токена. Это клиентский URL etcd v3?</translation>
    </message>
</context>
<context>
    <name>EtcdCommand</name>
    <message>
        <location filename="../cli/EtcdCommand.cpp" line="+100"/>
        <source>etcd endpoints, comma-separated (default: ETCDCTL_ENDPOINTS, else http://127.0.0.1:2379).</source>
        <translation>Адреса etcd через запятую (по умолчанию ETCDCTL_ENDPOINTS, иначе http://127.0.0.1:2379).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>get and rm: every key starting with KEY.</source>
        <translation>get и rm: все ключи, начинающиеся с KEY.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON to stdout.</source>
        <translation>Вывести JSON в stdout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put: read the value from stdin.</source>
        <translation>put: прочитать значение из stdin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export, missing: write the YAML to FILE.</source>
        <translation>export, missing: записать YAML в FILE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: print what would change, write nothing.</source>
        <translation>import: вывести, что изменится, ничего не записывая.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import: also delete keys under the file&apos;s prefix that it lacks.</source>
        <translation>import: также удалить ключи с префиксом файла, которых в нём нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: the prefix --prune deletes under.</source>
        <translation>import: префикс, в пределах которого удаляет --prune.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: apply the changes.</source>
        <translation>import: применить изменения.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>get, put, rm, ls, export, import, missing or watch.</source>
        <translation>get, put, rm, ls, export, import, missing или watch.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 takes one PREFIX (&quot;&quot; for all keys)</source>
        <translation>%1 принимает один PREFIX (&quot;&quot; — все ключи)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import takes one FILE</source>
        <translation>import принимает один FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing takes one WORKSPACE_PATH</source>
        <translation>missing принимает один WORKSPACE_PATH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected get, put, rm, ls, export, import, missing or watch, not &apos;%1&apos;</source>
        <translation>ожидалось get, put, rm, ls, export, import, missing или watch, а не «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+124"/>
        <source>Exported %n key(s) at revision %1.</source>
        <translation>
            <numerusform>Экспортирован %n ключ на ревизии %1.</numerusform>
            <numerusform>Экспортировано %n ключа на ревизии %1.</numerusform>
            <numerusform>Экспортировано %n ключей на ревизии %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Dry run only: nothing was written. Add --yes to apply these changes.</source>
        <translation>Только пробный прогон: ничего не записано. Добавьте --yes, чтобы применить эти изменения.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n of the templates&apos; keys missing from the store</source>
        <translation>
            <numerusform>%n ключ шаблонов отсутствует в хранилище</numerusform>
            <numerusform>%n ключа шаблонов отсутствуют в хранилище</numerusform>
            <numerusform>%n ключей шаблонов отсутствуют в хранилище</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n in the catalogue).</source>
        <translation>
            <numerusform> (всего в каталоге: %n).</numerusform>
            <numerusform> (всего в каталоге: %n).</numerusform>
            <numerusform> (всего в каталоге: %n).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot set up signal handling</source>
        <translation>не удаётся настроить обработку сигналов</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Watching %1 from revision %2; Ctrl-C ends.</source>
        <translation>Наблюдение за %1 с ревизии %2; Ctrl-C — завершить.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection lost (%1); reconnecting.</source>
        <translation>Соединение потеряно (%1); повторное подключение.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the history to resume from was compacted (up to revision %1); changes may have been missed: list the keys again and watch anew.</source>
        <translation>история, с которой нужно было продолжить, удалена при уплотнении (до ревизии %1); изменения могли быть пропущены: получите список ключей заново и начните наблюдение снова.</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>put takes KEY VALUE, or KEY with --stdin</source>
        <translation>put принимает KEY VALUE или KEY с --stdin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes one KEY</source>
        <translation>%1 принимает один KEY</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ls takes at most one PREFIX</source>
        <translation>ls принимает не более одного PREFIX</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cannot read stdin</source>
        <translation>не удаётся прочитать stdin</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Deleted %n key(s).</source>
        <translation>
            <numerusform>Удалён %n ключ.</numerusform>
            <numerusform>Удалено %n ключа.</numerusform>
            <numerusform>Удалено %n ключей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EtcdDraftStore</name>
    <message>
        <location filename="../core/etcd/EtcdDraftStore.cpp" line="+81"/>
        <source>It could not be moved aside either; it stays at %1.</source>
        <translation>Отложить его в сторону тоже не удалось; он остаётся в %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was moved aside to %1.</source>
        <translation>Он отложен в сторону как %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the draft %1: %2</source>
        <translation>Не удаётся прочитать черновик %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>it is not a draft of this version</source>
        <translation>это не черновик в формате этой версии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft %1 is damaged (%2). %3</source>
        <translation>Черновик %1 повреждён (%2). %3</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Не удаётся создать папку черновиков %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot save the draft of %1 to %2: %3</source>
        <translation>Не удаётся сохранить черновик %1 в %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot remove the draft %1: %2</source>
        <translation>Не удаётся удалить черновик %1: %2</translation>
    </message>
</context>
<context>
    <name>EtcdEndpoints</name>
    <message>
        <location filename="../core/etcd/EtcdEndpoints.cpp" line="+71"/>
        <source>ETCDCTL_ENDPOINTS=%1: %2</source>
        <translation>ETCDCTL_ENDPOINTS=%1: %2</translation>
    </message>
</context>
<context>
    <name>EtcdJson</name>
    <message>
        <location filename="../core/etcd/EtcdJson.cpp" line="+29"/>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation>ответ не в формате JSON (%1 на байте %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer is JSON but not an object</source>
        <translation>ответ в формате JSON, но не объект</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is %2, not base64</source>
        <translation>«%1» — %2, а не base64</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is %2, not a 64-bit integer</source>
        <translation>«%1» — %2, а не 64-битное целое</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is %2, not an unsigned 64-bit integer</source>
        <translation>«%1» — %2, а не беззнаковое 64-битное целое</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is %2, not true or false</source>
        <translation>«%1» — %2, а не true или false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a key-value is %1, not an object</source>
        <translation>пара ключ–значение — %1, а не объект</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is %2, not an array</source>
        <translation>«%1» — %2, а не массив</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1[%2]: %3</source>
        <translation>%1[%2]: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;header&quot; is %1, not an object</source>
        <translation>«header» — %1, а не объект</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>header: %1</source>
        <translation>header: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 at %2 was refused: the request is larger than the server accepts (--max-request-bytes, %3 by default). Store a smaller value or fewer keys at once, or raise --max-request-bytes on every member.</source>
        <translation>%1 на %2 отклонено: запрос больше, чем принимает сервер (--max-request-bytes, по умолчанию %3). Сохраните меньшее значение или меньше ключей за раз либо увеличьте --max-request-bytes на каждом узле.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 at %2 was refused: the request is %3, and this server accepts %4 (--max-request-bytes). Store a smaller value or fewer keys at once, or raise --max-request-bytes on every member.</source>
        <translation>%1 на %2 отклонено: размер запроса %3, а сервер принимает %4 (--max-request-bytes). Сохраните меньшее значение или меньше ключей за раз либо увеличьте --max-request-bytes на каждом узле.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at %2 was refused: the message is larger than the server&apos;s gRPC limit (--max-request-bytes plus 512 KiB; %3). Store a smaller value or raise --max-request-bytes on every member.</source>
        <translation>%1 на %2 отклонено: сообщение превышает ограничение gRPC сервера (--max-request-bytes плюс 512 КиБ; %3). Сохраните меньшее значение или увеличьте --max-request-bytes на каждом узле.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2 was refused: the transaction has more operations than the server accepts (--max-txn-ops, 128 by default). Split it into smaller transactions or raise --max-txn-ops on every member.</source>
        <translation>%1 на %2 отклонено: в транзакции больше операций, чем принимает сервер (--max-txn-ops, по умолчанию 128). Разбейте её на транзакции поменьше или увеличьте --max-txn-ops на каждом узле.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at %2 was refused: the same key is written twice in one transaction. Write each key once.</source>
        <translation>%1 на %2 отклонено: один и тот же ключ записывается в транзакции дважды. Записывайте каждый ключ один раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 failed: the revision it reads at has been compacted away. Reload to read the current revision.</source>
        <translation>%1 на %2 не выполнено: ревизия, на которой выполняется чтение, удалена при уплотнении. Обновите, чтобы прочитать текущую ревизию.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 failed: the revision it reads at is newer than the store&apos;s. Reload to read the current revision.</source>
        <translation>%1 на %2 не выполнено: ревизия, на которой выполняется чтение, новее ревизии хранилища. Обновите, чтобы прочитать текущую ревизию.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 was refused: permission denied for etcd user %3. Ask an administrator to grant %3 a role that allows this on the key, or connect as another user.</source>
        <translation>%1 на %2 отклонено: доступ запрещён для пользователя etcd %3. Попросите администратора выдать %3 роль, разрешающую это действие с ключом, или подключитесь под другим пользователем.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at %2 was refused: wrong user name or password. Check the user and password of the connection (ETCDCTL_USER).</source>
        <translation>%1 на %2 отклонено: неверное имя пользователя или пароль. Проверьте пользователя и пароль подключения (ETCDCTL_USER).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 was refused: this cluster requires a user name and password. Set them in the connection (or ETCDCTL_USER).</source>
        <translation>%1 на %2 отклонено: этот кластер требует имя пользователя и пароль. Укажите их в подключении (или в ETCDCTL_USER).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 was refused: permission denied. The etcd user has no role that allows this on the key; ask an administrator to grant it.</source>
        <translation>%1 на %2 отклонено: доступ запрещён. У пользователя etcd нет роли, разрешающей это действие с ключом; попросите администратора выдать её.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 was refused: the auth token is missing, invalid or expired (%3). Sign in again.</source>
        <translation>%1 на %2 отклонено: токен аутентификации отсутствует, недействителен или истёк (%3). Войдите снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 was refused: the database is full (--quota-backend-bytes) and etcd raised a NOSPACE alarm. Compact and defragment, then disarm the alarm.</source>
        <translation>%1 на %2 отклонено: база данных заполнена (--quota-backend-bytes), и etcd поднял тревогу NOSPACE. Выполните уплотнение и дефрагментацию, затем снимите тревогу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 failed: the cluster is unavailable (%3). Try again when it has a leader.</source>
        <translation>%1 на %2 не выполнено: кластер недоступен (%3). Повторите попытку, когда в нём появится лидер.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 failed: HTTP 404, the server has no etcd v3 gateway there. Is this an etcd 3.x client URL?</source>
        <translation>%1 на %2 не выполнено: HTTP 404, на сервере по этому адресу нет шлюза etcd v3. Это клиентский URL etcd 3.x?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2 failed with HTTP %3: %4</source>
        <translation>%1 на %2 не выполнено, HTTP %3: %4</translation>
    </message>
</context>
<context>
    <name>EtcdTemplateCoverage</name>
    <message>
        <location filename="../core/etcd/EtcdTemplateCoverage.cpp" line="+124"/>
        <source>A folder: the templates list the keys below it, so add those; a value here is not read.</source>
        <translation>Папка: шаблоны перечисляют ключи внутри неё, поэтому добавьте их; значение самого этого ключа не читается.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:%2 (%3) in %4</source>
        <translation>%1:%2 (%3) в %4</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more read(s)</source>
        <translation>
            <numerusform>и ещё %n чтение</numerusform>
            <numerusform>и ещё %n чтения</numerusform>
            <numerusform>и ещё %n чтений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more template(s)</source>
        <translation>
            <numerusform>и ещё %n шаблон</numerusform>
            <numerusform>и ещё %n шаблона</numerusform>
            <numerusform>и ещё %n шаблонов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>images: %1</source>
        <translation>образы: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Keys the templates of workspace &quot;%1&quot; read that the store lacks (%n key(s)).
Fill in each value, then import this file. Each comment names the templates that read the key.</source>
        <translation>
            <numerusform>Ключи, которые читают шаблоны рабочей области «%1» и которых нет в хранилище (%n ключ).
Заполните каждое значение, затем импортируйте этот файл. В каждом комментарии указаны шаблоны, читающие ключ.</numerusform>
            <numerusform>Ключи, которые читают шаблоны рабочей области «%1» и которых нет в хранилище (%n ключа).
Заполните каждое значение, затем импортируйте этот файл. В каждом комментарии указаны шаблоны, читающие ключ.</numerusform>
            <numerusform>Ключи, которые читают шаблоны рабочей области «%1» и которых нет в хранилище (%n ключей).
Заполните каждое значение, затем импортируйте этот файл. В каждом комментарии указаны шаблоны, читающие ключ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+153"/>
        <source>set</source>
        <translation>задан</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>folder of %n key(s)</source>
        <translation>
            <numerusform>папка из %n ключа</numerusform>
            <numerusform>папка из %n ключей</numerusform>
            <numerusform>папка из %n ключей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>pattern: %n match(es)</source>
        <translation>
            <numerusform>маска: %n совпадение</numerusform>
            <numerusform>маска: %n совпадения</numerusform>
            <numerusform>маска: %n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed pattern</source>
        <translation>некорректная маска</translation>
    </message>
</context>
<context>
    <name>EtcdV2Json</name>
    <message>
        <location filename="../core/etcd/EtcdV2Json.cpp" line="+34"/>
        <source>&quot;%1&quot; is not an integer</source>
        <translation>«%1» — не целое число</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nodes nested too deeply</source>
        <translation>узлы вложены слишком глубоко</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a node is not a JSON object</source>
        <translation>узел — не объект JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;key&quot; is not a string</source>
        <translation>«key» — не строка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the value of %1 is not a string</source>
        <translation>значение %1 — не строка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;dir&quot; is not a boolean</source>
        <translation>«dir» — не логическое значение</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;nodes&quot; of %1 is not an array</source>
        <translation>«nodes» в %1 — не массив</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not JSON: %1 at byte %2</source>
        <translation>не JSON: %1 на байте %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no &quot;action&quot;</source>
        <translation>нет «action»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no &quot;node&quot;</source>
        <translation>нет «node»</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 at %2 failed: HTTP 404, the server has no etcd v2 keys API. etcd 3.4 serves it only with --enable-v2; connect with the v3 API instead.</source>
        <translation>%1 на %2 не выполнено: HTTP 404, на сервере нет API ключей etcd v2. etcd 3.4 предоставляет его только с --enable-v2; подключитесь через API v3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2 failed with HTTP %3: %4</source>
        <translation>%1 на %2 не выполнено, HTTP %3: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 at %2 was refused: the key is a directory (%3).</source>
        <translation>%1 на %2 отклонено: ключ является каталогом (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2 was refused: a part of the key&apos;s path is a key, not a directory (%3).</source>
        <translation>%1 на %2 отклонено: часть пути ключа — ключ, а не каталог (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 was refused: the root is read only.</source>
        <translation>%1 на %2 отклонено: корень доступен только для чтения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2 was refused: the directory is not empty.</source>
        <translation>%1 на %2 отклонено: каталог не пуст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2 was refused: the v2 API requires a user name and password. Set them in the connection (or ETCDCTL_USER).</source>
        <translation>%1 на %2 отклонено: API v2 требует имя пользователя и пароль. Укажите их в подключении (или в ETCDCTL_USER).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2 was refused: etcd user %3 is not allowed to do this, or the password is wrong.</source>
        <translation>%1 на %2 отклонено: пользователю etcd %3 это не разрешено, или пароль неверен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at %2 failed: the cluster is unavailable (%3). Try again when it has a leader.</source>
        <translation>%1 на %2 не выполнено: кластер недоступен (%3). Повторите попытку, когда в нём появится лидер.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2 failed: %3 (etcd v2 error %4)</source>
        <translation>%1 на %2 не выполнено: %3 (ошибка etcd v2 %4)</translation>
    </message>
</context>
<context>
    <name>EtcdValueFormat</name>
    <message>
        <location filename="../core/etcd/EtcdValueFormat.cpp" line="+55"/>
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>YAML: %1</source>
        <translation>YAML: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>TOML: %1</source>
        <translation>TOML: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>INI: section header has no closing &quot;]&quot;</source>
        <translation>INI: в заголовке секции нет закрывающей &quot;]&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>INI: section header without a name</source>
        <translation>INI: заголовок секции без имени</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>INI: unexpected text after the section header</source>
        <translation>INI: неожиданный текст после заголовка секции</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>INI: expected &quot;name = value&quot;, a [section] or a comment</source>
        <translation>INI: ожидалось &quot;имя = значение&quot;, [секция] или комментарий</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>INI: entry without a name before &quot;%1&quot;</source>
        <translation>INI: запись без имени перед &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1: the value is not UTF-8 text (binary data from here on)</source>
        <translation>%1: значение — не текст UTF-8 (отсюда и далее двоичные данные)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Plain text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOML</source>
        <translation>TOML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>INI</source>
        <translation>INI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binary</source>
        <translation>Двоичные данные</translation>
    </message>
</context>
<context>
    <name>EtcdWatchStreamParser</name>
    <message>
        <location filename="../core/etcd/EtcdWatchStreamParser.cpp" line="+36"/>
        <source>&quot;%1&quot; is not an integer</source>
        <translation>«%1» — не целое число</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>«%1» — не true и не false</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a base64 string</source>
        <translation>«%1» — не строка base64</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not valid base64</source>
        <translation>«%1» — некорректный base64</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not an object</source>
        <translation>«%1» — не объект</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an event is not an object</source>
        <translation>событие — не объект</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an event has the unknown type %1</source>
        <translation>у события неизвестный тип %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;cancel_reason&quot; is not a string</source>
        <translation>«cancel_reason» — не строка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;events&quot; is not a list</source>
        <translation>«events» — не список</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;error&quot; is neither an object nor a string</source>
        <translation>«error» — не объект и не строка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>etcd ended the watch with gRPC code %1</source>
        <translation>etcd завершил наблюдение с кодом gRPC %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not JSON (%1 at byte %2)</source>
        <translation>не JSON (%1 на байте %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>neither &quot;result&quot; nor &quot;error&quot;</source>
        <translation>нет ни «result», ни «error»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;result&quot; is not an object</source>
        <translation>«result» — не объект</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>etcd&apos;s watch stream has a broken message at byte %1: %2. Is the endpoint an etcd 3.4 or later client URL?</source>
        <translation>Поток наблюдения etcd содержит повреждённое сообщение на байте %1: %2. Это адрес клиента etcd 3.4 или новее?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>etcd&apos;s watch stream has a message over %1 MiB at byte %2; that is not a watch response</source>
        <translation>Поток наблюдения etcd содержит сообщение больше %1 МиБ на байте %2; это не ответ наблюдения</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>etcd&apos;s watch stream ended inside a message at byte %1 (%n byte(s) of it came)</source>
        <translation>
            <numerusform>Поток наблюдения etcd оборвался посреди сообщения на байте %1 (получен %n байт)</numerusform>
            <numerusform>Поток наблюдения etcd оборвался посреди сообщения на байте %1 (получено %n байта)</numerusform>
            <numerusform>Поток наблюдения etcd оборвался посреди сообщения на байте %1 (получено %n байт)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EtcdYamlDocument</name>
    <message>
        <location filename="../core/etcd/EtcdYamlDocument.cpp" line="+252"/>
        <source>has no value; write &quot;&quot; for an empty value</source>
        <translation>значение не указано; для пустого значения напишите &quot;&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a list; etcd values are strings</source>
        <translation>это список, а значения etcd — строки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a mapping; etcd values are strings, and nested keys are written out in full (/a/b: &quot;…&quot;)</source>
        <translation>это отображение, а значения etcd — строки; вложенные ключи записываются полностью (/a/b: &quot;…&quot;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is marked !!binary but is not valid base64</source>
        <translation>есть пометка !!binary, но это некорректный base64</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has the tag %1; only strings and !!binary are understood</source>
        <translation>указан тег %1; поддерживаются только строки и !!binary</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file is not valid YAML: %1.</source>
        <translation>Файл не является корректным YAML: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file holds more than one YAML document (a second one starts here); an export file is one `keys:` mapping.</source>
        <translation>Файл содержит больше одного документа YAML (здесь начинается второй); файл экспорта — это одно отображение `keys:`.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the file: %1.</source>
        <translation>Не удалось прочитать файл: %1.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The file holds no keys: an export file is a `keys:` mapping of etcd keys to their values.</source>
        <translation>В файле нет ключей: файл экспорта — это отображение `keys:` ключей etcd на их значения.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The top level of the file is not a mapping: an export file is a `keys:` mapping of etcd keys to their values.</source>
        <translation>Верхний уровень файла — не отображение: файл экспорта — это отображение `keys:` ключей etcd на их значения.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown top-level entry %1: an export file holds only `keys:`. Indent etcd keys under it.</source>
        <translation>Неизвестная запись верхнего уровня %1: файл экспорта содержит только `keys:`. Запишите ключи etcd внутри него с отступом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not a string)</source>
        <translation>(не строка)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>`keys:` appears twice; merge the two.</source>
        <translation>`keys:` встречается дважды; объедините их.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has no `keys:` mapping.</source>
        <translation>В файле нет отображения `keys:`.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>`keys:` must be a mapping of etcd keys to their values.</source>
        <translation>`keys:` должно быть отображением ключей etcd на их значения.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A key %1.</source>
        <translation>Недопустимый ключ: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A key is empty; etcd keys cannot be.</source>
        <translation>Ключ пуст, а ключи etcd не могут быть пустыми.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key &quot;%1&quot; appears twice (first on line %2); keep one.</source>
        <translation>Ключ «%1» встречается дважды (впервые в строке %2); оставьте один.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The value of &quot;%1&quot; %2.</source>
        <translation>Недопустимое значение ключа «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>FleetCommand</name>
    <message>
        <location filename="../cli/FleetCommand.cpp" line="+118"/>
        <source>%1 is not a unit name (name.service, name@.service, name@instance.service)</source>
        <translation>%1 — не имя юнита (name.service, name@.service, name@instance.service)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the workspace %2 has no unit file %1 and no template %3 to make it from; add %3 or give the unit file&apos;s path</source>
        <translation>%1: в рабочей области %2 нет ни файла юнита %1, ни шаблона %3, из которого его можно создать; добавьте %3 или укажите путь к файлу юнита</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no such file, and the workspace %2 has no unit of that name; give the unit file&apos;s path or --workspace</source>
        <translation>%1: такого файла нет, и в рабочей области %2 нет юнита с таким именем; укажите путь к файлу юнита или --workspace</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot read it: %2</source>
        <translation>%1: не удаётся прочитать: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error: </source>
        <translation>ошибка: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning: </source>
        <translation>предупреждение: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has errors; fix them before sending it to fleet</source>
        <translation>в %1 есть ошибки; исправьте их перед отправкой в fleet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>fleet&apos;s API (default: FLEETCTL_ENDPOINT, else unix:///var/run/fleet.sock).</source>
        <translation>API fleet (по умолчанию FLEETCTL_ENDPOINT, иначе unix:///var/run/fleet.sock).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reach the endpoint through SSH to HOST[:PORT] (default: FLEETCTL_TUNNEL).</source>
        <translation>подключаться к конечной точке через SSH на HOST[:PORT] (по умолчанию FLEETCTL_TUNNEL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workspace whose unit files UNIT names (default: the current folder).</source>
        <translation>рабочая область, в которой ищутся файлы юнитов UNIT (по умолчанию — текущая папка).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>say why UNIT runs where it runs, or nowhere.</source>
        <translation>объяснить, почему UNIT работает там, где работает, или не работает нигде.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--tunnel: an ssh -o option (repeatable).</source>
        <translation>--tunnel: параметр ssh -o (можно повторять).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--tunnel: the SSH key to log in with.</source>
        <translation>--tunnel: ключ SSH для входа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON to stdout.</source>
        <translation>Вывести JSON в stdout.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 takes no UNIT</source>
        <translation>%1 не принимает UNIT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes one or more UNIT (a unit file or a workspace unit&apos;s name)</source>
        <translation>%1 принимает один или несколько UNIT (файл юнита или имя юнита рабочей области)</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>generate: a Global unit (one on every machine).</source>
        <translation>generate: глобальный юнит (по одному на каждой машине).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate: an instance template (the default).</source>
        <translation>generate: шаблон экземпляров (по умолчанию).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate: write the unit into the workspace&apos;s unit folder.</source>
        <translation>generate: записать юнит в папку юнитов рабочей области.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate --write: replace an existing file.</source>
        <translation>generate --write: заменить существующий файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>image: write IMAGE into the unit&apos;s image key (compare-and-swap).</source>
        <translation>image: записать IMAGE в ключ образа юнита (сравнение с обменом).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>image: restart the unit (stop, wait until stopped, start).</source>
        <translation>image: перезапустить юнит (остановить, дождаться остановки, запустить).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image: etcd&apos;s endpoints (default: ETCDCTL_ENDPOINTS).</source>
        <translation>image: конечные точки etcd (по умолчанию ETCDCTL_ENDPOINTS).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>machines, units, state, submit, start, stop, destroy, why, generate or image.</source>
        <translation>machines, units, state, submit, start, stop, destroy, why, generate или image.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 takes one UNIT</source>
        <translation>%1 принимает один UNIT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generate takes one IMAGE (its folder, full name or component)</source>
        <translation>generate принимает один IMAGE (его папку, полное имя или компонент)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--global and --template exclude each other</source>
        <translation>--global и --template исключают друг друга</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected machines, units, state, submit, start, stop, destroy, why, generate or image, not &apos;%1&apos;</source>
        <translation>ожидалось machines, units, state, submit, start, stop, destroy, why, generate или image, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--set takes an image name</source>
        <translation>--set принимает имя образа</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>whalestack-cli fleet: warning: %1 is not on this machine and fleet has no authentication: anyone who reaches it can change the cluster. Use --tunnel HOST (FLEETCTL_TUNNEL) to go through SSH instead.</source>
        <translation>whalestack-cli fleet: предупреждение: %1 находится не на этой машине, а у fleet нет аутентификации: любой, кто до него доберётся, может изменить кластер. Чтобы подключаться через SSH, используйте --tunnel HOST (FLEETCTL_TUNNEL).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>whalestack-cli fleet: no tunnel to %1: %2</source>
        <translation>whalestack-cli fleet: нет туннеля к %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+19"/>
        <source>MACHINE</source>
        <translation>МАШИНА</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>METADATA</source>
        <translation>МЕТАДАННЫЕ</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+88"/>
        <source>UNIT</source>
        <translation>ЮНИТ</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>HASH</source>
        <translation>ХЕШ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DSTATE</source>
        <translation>ЖЕЛ. СОСТОЯНИЕ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LOCAL</source>
        <translation>ЛОКАЛЬНО</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>differs (destroy + submit)</source>
        <translation>отличается (destroy + submit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+25"/>
        <source>Started %1.</source>
        <translation>Запущен %1.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>whalestack-cli fleet: fleet has %1 with other contents than %2, and cannot change a unit in place; destroy it (whalestack-cli fleet destroy %1) and submit it again</source>
        <translation>whalestack-cli fleet: в fleet есть %1 с другим содержимым, чем в %2, а fleet не умеет изменять юнит на месте; уничтожьте его (whalestack-cli fleet destroy %1) и отправьте снова</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Submitted and started %1.</source>
        <translation>Отправлен и запущен %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted %1.</source>
        <translation>Отправлен %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was already submitted.</source>
        <translation>%1 уже был отправлен.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped %1.</source>
        <translation>Остановлен %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Destroyed %1.</source>
        <translation>Уничтожен %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>whalestack-cli fleet: the workspace %1 has no image %2; give its folder (one of: %3), its full name or its component</source>
        <translation>whalestack-cli fleet: в рабочей области %1 нет образа %2; укажите его папку (одну из: %3), полное имя или компонент</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>whalestack-cli fleet: %1 exists; nothing was written. Give --force to replace it.</source>
        <translation>whalestack-cli fleet: %1 уже существует; ничего не записано. Чтобы заменить его, добавьте --force.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>whalestack-cli fleet: cannot write %1: %2</source>
        <translation>whalestack-cli fleet: не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote %1 (its image from the etcd key %2).</source>
        <translation>Записан %1 (образ берётся из ключа etcd %2).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>whalestack-cli fleet: %1 does not read its image from an etcd key (/services/SERVICE/config/COMPONENT-image-name)</source>
        <translation>whalestack-cli fleet: %1 не берёт свой образ из ключа etcd (/services/SERVICE/config/COMPONENT-image-name)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>whalestack-cli fleet: cannot reach etcd at %1: %2 Set ETCDCTL_ENDPOINTS or give --etcd.</source>
        <translation>whalestack-cli fleet: не удаётся подключиться к etcd на %1: %2 Задайте ETCDCTL_ENDPOINTS или укажите --etcd.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>whalestack-cli fleet: %1 changed while it was being set (now: %2); nothing was written. Run the command again.</source>
        <translation>whalestack-cli fleet: %1 изменился во время записи (сейчас: %2); ничего не записано. Выполните команду ещё раз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set %1 to %2 (was: %3).</source>
        <translation>Значение %1 изменено на %2 (было: %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(not set)</source>
        <translation>(не задан)</translation>
    </message>
</context>
<context>
    <name>FleetDeployPreview</name>
    <message>
        <location filename="../core/fleet/FleetDeployPreview.cpp" line="+60"/>
        <source>%1 is a template: fleet stores it and places its instances only.</source>
        <translation>%1 — шаблон: fleet хранит его и размещает только его экземпляры.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>global: runs on each of %n machine(s)</source>
        <translation>
            <numerusform>глобальный: работает на каждой из %n машины</numerusform>
            <numerusform>глобальный: работает на каждой из %n машин</numerusform>
            <numerusform>глобальный: работает на каждой из %n машин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>can run on %n machine(s)</source>
        <translation>
            <numerusform>может работать на %n машине</numerusform>
            <numerusform>может работать на %n машинах</numerusform>
            <numerusform>может работать на %n машинах</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>create</source>
        <translation>создать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace (destroy + submit)</source>
        <translation>заменить (уничтожить + отправить)</translation>
    </message>
</context>
<context>
    <name>FleetEndpoint</name>
    <message>
        <location filename="../core/fleet/FleetEndpoint.cpp" line="+36"/>
        <source>%1 (from %2): fleet endpoints are unix:///path, http://host:port or https://host:port; write http:// instead of tcp://.</source>
        <translation>%1 (из %2): конечные точки fleet имеют вид unix:///path, http://host:port или https://host:port; пишите http:// вместо tcp://.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fleet endpoint %1 (from %2) cannot be used: %3</source>
        <translation>Конечную точку fleet %1 (из %2) нельзя использовать: %3</translation>
    </message>
</context>
<context>
    <name>FleetJson</name>
    <message>
        <location filename="../core/fleet/FleetJson.cpp" line="+37"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the answer is empty</source>
        <translation>ответ пуст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation>ответ не в формате JSON (%1 на байте %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer is a list, not an object</source>
        <translation>ответ — список, а не объект</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2, not a string</source>
        <translation>%1: %2, а не строка</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2, not a list</source>
        <translation>%1: %2, а не список</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2, not an object</source>
        <translation>%1: %2, а не объект</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the unknown state &quot;%2&quot;</source>
        <translation>%1: неизвестное состояние &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: an option without a section or a name</source>
        <translation>%1: параметр без секции или имени</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a unit without a name</source>
        <translation>%1: юнит без имени</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+183"/>
        <source>the unit</source>
        <translation>юнит</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>%1: a state without a unit name or a machine ID</source>
        <translation>%1: состояние без имени юнита или ID машины</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1metadata.%2: %3, not a string</source>
        <translation>%1metadata.%2: %3, а не строка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1metadata: %2, not an object</source>
        <translation>%1metadata: %2, а не объект</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a machine without an id</source>
        <translation>%1: машина без id</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: the answer of %2 is not what fleet sends (%3). Is the endpoint fleet&apos;s API?</source>
        <translation>Не удалось выполнить %1: ответ %2 не похож на ответ fleet (%3). Конечная точка — это API fleet?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 failed: %2</source>
        <translation>Не удалось выполнить %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is fleetd running there? Set FLEETCTL_ENDPOINT to fleet&apos;s socket (unix:///var/run/fleet.sock) or http://host:port, or reach a remote fleet through an SSH tunnel.</source>
        <translation>Запущен ли там fleetd? Укажите в FLEETCTL_ENDPOINT сокет fleet (unix:///var/run/fleet.sock) или http://host:port либо подключитесь к удалённому fleet через туннель SSH.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 failed: %2 answered %3, but not as fleet does (no fleet error in the body). Is the endpoint fleet&apos;s API?</source>
        <translation>Не удалось выполнить %1: %2 ответил %3, но не так, как отвечает fleet (в теле ответа нет ошибки fleet). Конечная точка — это API fleet?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 failed: fleet at %2 will not start %3: it is a template, which cannot run. Submit an instance of it (name@1.service) and start that.</source>
        <translation>Не удалось выполнить %1: fleet на %2 не запустит %3: это шаблон, а шаблон не может работать. Отправьте его экземпляр (name@1.service) и запустите его.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: fleet at %2 refused the [X-Fleet] section of %3: %4. Fix the unit file and submit it again.</source>
        <translation>Не удалось выполнить %1: fleet на %2 отклонил секцию [X-Fleet] в %3: %4. Исправьте файл юнита и отправьте его снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: fleet at %2 refused the name %3: %4. Rename the unit file.</source>
        <translation>Не удалось выполнить %1: fleet на %2 отклонил имя %3: %4. Переименуйте файл юнита.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: fleet at %2 refused the request: %3.</source>
        <translation>Не удалось выполнить %1: fleet на %2 отклонил запрос: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad request</source>
        <translation>некорректный запрос</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: fleet at %2 has no unit %3. It may have been destroyed meanwhile: refresh the list, or submit the unit.</source>
        <translation>Не удалось выполнить %1: в fleet на %2 нет юнита %3. Возможно, его тем временем уничтожили: обновите список или отправьте юнит.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2 has no such resource (404). Is the endpoint fleet&apos;s API?</source>
        <translation>Не удалось выполнить %1: на %2 нет такого ресурса (404). Конечная точка — это API fleet?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2 does not allow this request (405%3). Is the endpoint fleet&apos;s API?</source>
        <translation>Не удалось выполнить %1: %2 не разрешает этот запрос (405%3). Конечная точка — это API fleet?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: fleet at %2 has no unit %3 to change. Submit it first.</source>
        <translation>Не удалось выполнить %1: в fleet на %2 нет юнита %3, который можно было бы изменить. Сначала отправьте его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: fleet at %2 refused it as a conflict: %3.</source>
        <translation>Не удалось выполнить %1: fleet на %2 отклонил запрос из-за конфликта: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: fleet at %2 refused the request&apos;s content type (%3). This is a bug in Whalestack; please report it.</source>
        <translation>Не удалось выполнить %1: fleet на %2 отклонил тип содержимого запроса (%3). Это ошибка в Whalestack; пожалуйста, сообщите о ней.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fleet failed on %1; this often means its options were changed in place: destroy it and submit again. (%2 at %3 answered 500 with no message.)</source>
        <translation>Сбой fleet при обработке %1; часто это означает, что его параметры изменили на месте: уничтожьте его и отправьте снова. (%2 на %3: ответ 500 без сообщения.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: fleet at %2 had an internal error%3. Look at fleetd&apos;s log on that machine (journalctl -u fleet).</source>
        <translation>Не удалось выполнить %1: внутренняя ошибка fleet на %2%3. Посмотрите журнал fleetd на этой машине (journalctl -u fleet).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: fleet at %2 answered %3%4.</source>
        <translation>Не удалось выполнить %1: fleet на %2 ответил %3%4.</translation>
    </message>
</context>
<context>
    <name>FleetScheduleExplainer</name>
    <message>
        <location filename="../core/fleet/FleetScheduleExplainer.cpp" line="+81"/>
        <source>The cluster has no machines: start fleetd on at least one host.</source>
        <translation>В кластере нет машин: запустите fleetd хотя бы на одном узле.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>machine %1</source>
        <translation>машина %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MachineID=%1 names no machine of the cluster; use one of the IDs below (fleetctl list-machines -l shows them).</source>
        <translation>MachineID=%1 не указывает ни на одну машину кластера; используйте один из ID ниже (их показывает fleetctl list-machines -l).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>MachineOf=%1: fleet has no unit of that name, so there is no machine to go with it; submit and start %1, or fix the name.</source>
        <translation>MachineOf=%1: в fleet нет юнита с таким именем, поэтому нет машины, на которой можно разместиться рядом с ним; отправьте и запустите %1 или исправьте имя.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MachineOf=%1: %1 runs on no machine, so this unit has nowhere to go; start %1 first.</source>
        <translation>MachineOf=%1: %1 не работает ни на одной машине, поэтому этот юнит негде разместить; сначала запустите %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 runs on %2</source>
        <translation>%1 работает на %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MachineOf=%1: %1 runs only on machines the other rules rule out.</source>
        <translation>MachineOf=%1: %1 работает только на машинах, которые исключены другими правилами.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> or </source>
        <comment>metadata values</comment>
        <translation> или </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no metadata</source>
        <translation>метаданных нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no machine has all of MachineMetadata %1 at once</source>
        <translation>ни у одной машины нет одновременно всех MachineMetadata %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no machine has %1</source>
        <translation>ни у одной машины нет %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MachineMetadata: %1; set it in fleetd&apos;s metadata on a host, or change the unit.</source>
        <translation>MachineMetadata: %1; задайте это в метаданных fleetd на одном из узлов или измените юнит.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 runs %2</source>
        <translation>на %1 работает: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts rule out every machine it may run on: each runs a unit it conflicts with. Add a machine, or stop one of those units.</source>
        <translation>Conflicts исключает все машины, на которых может работать юнит: на каждой работает юнит, с которым он конфликтует. Добавьте машину или остановите один из этих юнитов.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>fleet has no unit %1; submit it first.</source>
        <translation>В fleet нет юнита %1; сначала отправьте его.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a template: fleet runs its instances (as %2), never the template itself.</source>
        <translation>%1 — шаблон: fleet запускает его экземпляры (вида %2), но никогда сам шаблон.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 is global and placed on %n machine(s).</source>
        <translation>
            <numerusform>%1 — глобальный юнит, размещён на %n машине.</numerusform>
            <numerusform>%1 — глобальный юнит, размещён на %n машинах.</numerusform>
            <numerusform>%1 — глобальный юнит, размещён на %n машинах.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is placed on %2.</source>
        <translation>%1 размещён на %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is %2: fleet places a unit only once it is loaded or launched (fleetctl start).</source>
        <translation>%1 — %2: fleet размещает юнит, только когда он загружен или запущен (fleetctl start).</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 is global: it runs on every machine its rules allow (%n machine(s)); fleet has not started it there yet. Nothing rules them out; check fleetd&apos;s log on those hosts if this lasts.</source>
        <translation>
            <numerusform>%1 — глобальный юнит: он работает на каждой машине, которую допускают его правила (%n машина); fleet ещё не запустил его там. Ничто их не исключает; если это затянется, посмотрите журнал fleetd на этих узлах.</numerusform>
            <numerusform>%1 — глобальный юнит: он работает на каждой машине, которую допускают его правила (%n машины); fleet ещё не запустил его там. Ничто их не исключает; если это затянется, посмотрите журнал fleetd на этих узлах.</numerusform>
            <numerusform>%1 — глобальный юнит: он работает на каждой машине, которую допускают его правила (%n машин); fleet ещё не запустил его там. Ничто их не исключает; если это затянется, посмотрите журнал fleetd на этих узлах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Nothing rules %1 out: %n machine(s) can take it; fleet has not scheduled it yet. If this lasts, check fleetd&apos;s log (journalctl -u fleet) on the hosts.</source>
        <translation>
            <numerusform>Ничто не исключает %1: его может принять %n машина; fleet ещё не разместил его. Если это затянется, посмотрите журнал fleetd (journalctl -u fleet) на узлах.</numerusform>
            <numerusform>Ничто не исключает %1: его могут принять %n машины; fleet ещё не разместил его. Если это затянется, посмотрите журнал fleetd (journalctl -u fleet) на узлах.</numerusform>
            <numerusform>Ничто не исключает %1: его могут принять %n машин; fleet ещё не разместил его. Если это затянется, посмотрите журнал fleetd (journalctl -u fleet) на узлах.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetUnit</name>
    <message>
        <location filename="../core/fleet/FleetUnit.cpp" line="+35"/>
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loaded</source>
        <translation>загружен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>launched</source>
        <translation>запущен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>GitRevision</name>
    <message>
        <location filename="../core/workspace/GitRevision.cpp" line="+18"/>
        <source>git is not installed</source>
        <translation>git не установлен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder</source>
        <translation>%1 не является папкой</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>git did not start: %1</source>
        <translation>git не запустился: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>git did not answer within %1 s</source>
        <translation>git не ответил за %1 с</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>git rev-parse failed</source>
        <translation>git rev-parse завершился с ошибкой</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../cli/HistoryCommand.cpp" line="+21"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMAGE</source>
        <translation>ОБРАЗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DURATION</source>
        <translation>ДЛИТЕЛЬНОСТЬ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CACHE HITS</source>
        <translation>ПОПАДАНИЯ В КЭШ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PUSHED</source>
        <translation>ОТПРАВЛЕН</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Print the builds as JSON.</source>
        <translation>Вывести сборки в формате JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show at most N builds (default 50).</source>
        <translation>Показать не более N сборок (по умолчанию 50).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this image&apos;s builds.</source>
        <translation>Только сборки этого образа.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>whalestack-cli %1: give at most one IMAGE</source>
        <translation>whalestack-cli %1: укажите не более одного IMAGE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>whalestack-cli %1: --limit takes a whole number of at least 1, not &apos;%2&apos;</source>
        <translation>whalestack-cli %1: --limit принимает целое число не меньше 1, а не &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>whalestack-cli: %1</source>
        <translation>whalestack-cli: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No builds are recorded in %1.</source>
        <translation>В %1 не записано ни одной сборки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No builds of %1 are recorded in %2.</source>
        <translation>В %2 не записано ни одной сборки %1.</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <location filename="../core/http/HttpResponseParser.cpp" line="+108"/>
        <source>The server sent a line longer than %1 bytes; this is not an HTTP response the client can read.</source>
        <translation>Сервер прислал строку длиннее %1 байт; клиент не может прочитать такой ответ HTTP.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server&apos;s answer does not start with an HTTP/1.x status line (it starts with &quot;%1&quot;). Check that the endpoint is an HTTP server.</source>
        <translation>Ответ сервера не начинается со строки состояния HTTP/1.x (он начинается с &quot;%1&quot;). Проверьте, что конечная точка — это HTTP-сервер.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server sent more than %1 bytes of headers.</source>
        <translation>Сервер прислал больше %1 байт заголовков.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent more than %1 header lines.</source>
        <translation>Сервер прислал больше %1 строк заголовков.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server folded a header over several lines (&quot;%1&quot;), which HTTP/1.1 no longer allows.</source>
        <translation>Сервер разбил заголовок на несколько строк (&quot;%1&quot;), а HTTP/1.1 этого больше не допускает.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent a header line without a name and colon: &quot;%1&quot;.</source>
        <translation>Сервер прислал строку заголовка без имени и двоеточия: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent a header with an invalid name: &quot;%1&quot;.</source>
        <translation>Сервер прислал заголовок с недопустимым именем: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The server used the transfer coding &quot;%1&quot;, which this client does not decode.</source>
        <translation>Сервер использовал кодирование передачи &quot;%1&quot;, которое этот клиент не декодирует.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The server sent an invalid Content-Length: &quot;%1&quot;.</source>
        <translation>Сервер прислал недопустимый Content-Length: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent two different Content-Length values.</source>
        <translation>Сервер прислал два разных значения Content-Length.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server announced a chunk too large to be real (&quot;%1&quot;).</source>
        <translation>Сервер объявил блок неправдоподобно большого размера (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server sent an invalid chunk size line: &quot;%1&quot;.</source>
        <translation>Сервер прислал недопустимую строку размера блока: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The server sent %1 more bytes than the chunk size announced.</source>
        <translation>Сервер прислал на %1 байт больше объявленного размера блока.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server closed the connection without answering.</source>
        <translation>Сервер закрыл соединение, не ответив.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection in the middle of the response headers.</source>
        <translation>Сервер закрыл соединение посреди заголовков ответа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection after %1 of %2 body bytes.</source>
        <translation>Сервер закрыл соединение после %1 из %2 байт тела ответа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server closed the connection in the middle of a chunked body, after %1 bytes.</source>
        <translation>Сервер закрыл соединение посреди тела в кодировке chunked, после %1 байт.</translation>
    </message>
</context>
<context>
    <name>InfraDriftFinder</name>
    <message>
        <location filename="../core/infra/InfraDriftFinder.cpp" line="+58"/>
        <source>Container %1 on %2 publishes %3 but registrator wrote no key for it: check that registrator runs on that host and reaches etcd (its log says why), then restart the container so it is registered.</source>
        <translation>Контейнер %1 на %2 публикует %3, но registrator не записал для него ключ: проверьте, что registrator работает на этом узле и имеет доступ к etcd (причина — в его журнале), затем перезапустите контейнер, чтобы он зарегистрировался.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unit %1 should run (fleet: launched) but failed on %2 (systemd: %3): read &apos;journalctl -u %1&apos; on that host, fix the cause, then stop and start the unit.</source>
        <translation>Юнит %1 должен работать (fleet: launched), но завершился с ошибкой на %2 (systemd: %3): посмотрите &apos;journalctl -u %1&apos; на этом узле, устраните причину, затем остановите и запустите юнит.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key %1 points at %2, where no running container publishes, and HAProxy still routes %3 there: delete the key (or run registrator with -resync) so the router drops it.</source>
        <translation>Ключ %1 указывает на %2, где ни один работающий контейнер ничего не публикует, а HAProxy всё ещё направляет туда %3: удалите ключ (или запустите registrator с -resync), чтобы маршрутизатор его убрал.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>HAProxy marks server %1 of backend %2 down (%3): check the container behind %4, or take the server out of the backend.</source>
        <translation>HAProxy помечает сервер %1 бэкенда %2 как неработающий (%3): проверьте контейнер, стоящий за %4, или выведите сервер из бэкенда.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>HAProxy marks backend %1 down and names no server of it down: it has no server that answers; check that its containers run and are registered.</source>
        <translation>HAProxy помечает бэкенд %1 как неработающий, но ни один его сервер не помечен неработающим: у него нет отвечающих серверов; проверьте, что его контейнеры работают и зарегистрированы.</translation>
    </message>
</context>
<context>
    <name>InfraSnapshotAssembler</name>
    <message>
        <location filename="../core/infra/InfraSnapshotAssembler.cpp" line="+186"/>
        <source>etcd</source>
        <translation>etcd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fleet</source>
        <translation>fleet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>registry</source>
        <translation>реестр</translation>
    </message>
</context>
<context>
    <name>JsonMessageStream</name>
    <message>
        <location filename="../core/docker/JsonMessageStream.cpp" line="+37"/>
        <source>The engine&apos;s message stream is broken at byte %1: expected a JSON object, found %2.</source>
        <translation>Поток сообщений движка повреждён на байте %1: ожидался объект JSON, получено %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The engine&apos;s message stream is broken at byte %1: %2.</source>
        <translation>Поток сообщений движка повреждён на байте %1: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The engine&apos;s message stream is broken at byte %1: an object is larger than %2 bytes.</source>
        <translation>Поток сообщений движка повреждён на байте %1: размер объекта превышает %2 байт.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The engine&apos;s message stream ended inside an object that starts at byte %1.</source>
        <translation>Поток сообщений движка оборвался внутри объекта, начинающегося с байта %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the engine reported an error without a message</source>
        <translation>движок сообщил об ошибке без текста сообщения</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <location filename="../cli/LoginCommand.cpp" line="+30"/>
        <source>The user name at the registry.</source>
        <translation>Имя пользователя в реестре.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password (or token) from stdin.</source>
        <translation>Прочитать пароль (или токен) из stdin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>host[:port] of the registry.</source>
        <translation>host[:port] реестра.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>whalestack-cli %1: expected one REGISTRY</source>
        <translation>whalestack-cli %1: ожидается один REGISTRY</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>whalestack-cli login: give --username U and --password-stdin (the password never goes on the command line)</source>
        <translation>whalestack-cli login: укажите --username U и --password-stdin (пароль никогда не передаётся в командной строке)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>whalestack-cli login: cannot read stdin</source>
        <translation>whalestack-cli login: не удаётся прочитать stdin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>whalestack-cli login: stdin held no password</source>
        <translation>whalestack-cli login: в stdin нет пароля</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stored the credentials for %1 in the keychain (%2).</source>
        <translation>Учётные данные для %1 сохранены в связке ключей (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed the credentials for %1 from the keychain (%2).</source>
        <translation>Учётные данные для %1 удалены из связки ключей (%2).</translation>
    </message>
</context>
<context>
    <name>MakeEvaluator</name>
    <message>
        <location filename="../core/workspace/MakeEvaluator.cpp" line="+257"/>
        <source>The file ends inside a line continuation: the last line ends with a backslash. Remove the backslash or add the missing line.</source>
        <translation>Файл заканчивается внутри продолжения строки: последняя строка оканчивается обратной косой чертой. Уберите её или добавьте недостающую строку.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&apos;else&apos; without a matching &apos;ifdef&apos;, &apos;ifndef&apos;, &apos;ifeq&apos; or &apos;ifneq&apos;.</source>
        <translation>&apos;else&apos; без соответствующего &apos;ifdef&apos;, &apos;ifndef&apos;, &apos;ifeq&apos; или &apos;ifneq&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A second &apos;else&apos; in the conditional that starts at line %1.</source>
        <translation>Второй &apos;else&apos; в условии, которое начинается в строке %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unexpected text after &apos;else&apos;: %1.</source>
        <translation>Лишний текст после &apos;else&apos;: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;endif&apos; without a matching &apos;ifdef&apos;, &apos;ifndef&apos;, &apos;ifeq&apos; or &apos;ifneq&apos;.</source>
        <translation>&apos;endif&apos; без соответствующего &apos;ifdef&apos;, &apos;ifndef&apos;, &apos;ifeq&apos; или &apos;ifneq&apos;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;define&apos; without a variable name.</source>
        <translation>&apos;define&apos; без имени переменной.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cannot tell which variable this line assigns: &apos;%1&apos;.</source>
        <translation>Непонятно, какой переменной присваивает значение эта строка: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Make cannot read this line: it is no assignment, include, conditional or rule (&apos;missing separator&apos;). Add &apos;=&apos; or remove the line: %1</source>
        <translation>Make не может прочитать эту строку: это не присваивание, не include, не условие и не правило (&apos;missing separator&apos;). Добавьте &apos;=&apos; или удалите строку: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;define&apos; without a matching &apos;endef&apos;.</source>
        <translation>&apos;define&apos; без соответствующего &apos;endef&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conditional has no matching &apos;endif&apos;.</source>
        <translation>У этого условия нет соответствующего &apos;endif&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; needs exactly one variable name.</source>
        <translation>&apos;%1&apos; требует ровно одно имя переменной.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot read the arguments of &apos;%1&apos;: write %1 (a,b) or %1 &quot;a&quot; &quot;b&quot;.</source>
        <translation>Не удаётся прочитать аргументы &apos;%1&apos;: напишите %1 (a,b) или %1 &quot;a&quot; &quot;b&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;include&apos; names no file.</source>
        <translation>&apos;include&apos; не называет ни одного файла.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Include cycle: %1. The include is skipped.</source>
        <translation>Цикл включений: %1. Включение пропущено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Includes are nested more than %1 deep; %2 is not read.</source>
        <translation>Включения вложены глубже %1 уровней; %2 не прочитан.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot include %1 (%2): %3</source>
        <translation>Не удаётся включить %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&apos;%1 != …&apos; runs a shell command, which Whalestack does not do; %1 is empty.</source>
        <translation>&apos;%1 != …&apos; запускает команду оболочки, чего Whalestack не делает; %1 пуста.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Variables refer to each other more than %1 levels deep; the value is taken as empty.</source>
        <translation>Переменные ссылаются друг на друга глубже %1 уровней; значение считается пустым.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unterminated variable reference: &apos;%1&apos; has no closing &apos;%2&apos;.</source>
        <translation>Незакрытая ссылка на переменную: у &apos;%1&apos; нет закрывающей &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>no git repository was given</source>
        <translation>репозиторий git не указан</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$(shell git rev-parse --short HEAD) has no answer (%1), so BUILD_TAG falls back to &apos;latest&apos;. Open the workspace from a git checkout to get the original tags.</source>
        <translation>У $(shell git rev-parse --short HEAD) нет ответа (%1), поэтому BUILD_TAG становится &apos;latest&apos;. Откройте рабочую область из клона git, чтобы получить исходные теги.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>$(shell %1) is not run: Whalestack answers only $(shell git rev-parse --short HEAD). The value is empty.</source>
        <translation>$(shell %1) не выполняется: Whalestack отвечает только на $(shell git rev-parse --short HEAD). Значение пустое.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>$(subst from,to,text) needs three arguments.</source>
        <translation>$(subst from,to,text) требует три аргумента.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Make function $(%1 …) is not evaluated by Whalestack; it expands to nothing here.</source>
        <translation>Функция Make $(%1 …) не вычисляется Whalestack; здесь она даёт пустое значение.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a Make function; $(%1 …) expands to nothing.</source>
        <translation>&apos;%1&apos; — не функция Make; $(%1 …) даёт пустое значение.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Expanding this value takes more than %1 variable references; it is cut short. Look for variables that refer to others several times over.</source>
        <translation>Вычисление этого значения требует больше %1 ссылок на переменные; оно прервано. Поищите переменные, которые многократно ссылаются на другие.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Variable %1 refers to itself (eventually); it expands to nothing. Use &apos;:=&apos; to build a value from its old one.</source>
        <translation>Переменная %1 (в итоге) ссылается сама на себя; она даёт пустое значение. Чтобы построить значение из старого, используйте &apos;:=&apos;.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>COMPONENT is not set, so the image has no name. Add COMPONENT=&lt;name&gt; to this vars.mk.</source>
        <translation>COMPONENT не задан, поэтому у образа нет имени. Добавьте COMPONENT=&lt;имя&gt; в этот vars.mk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>IMAGE_PREFIX or DISTR is set to something that expands to nothing, so the name &apos;%1&apos; has an empty part.</source>
        <translation>IMAGE_PREFIX или DISTR заданы как нечто, что раскрывается в пустую строку, поэтому в имени &apos;%1&apos; есть пустая часть.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>BUILD_TAG is empty; the image is tagged &apos;latest&apos;. Set BUILD_TAG in vars.mk or globals.mk.</source>
        <translation>BUILD_TAG пуст; образ получает тег &apos;latest&apos;. Задайте BUILD_TAG в vars.mk или globals.mk.</translation>
    </message>
</context>
<context>
    <name>ManifestParser</name>
    <message>
        <location filename="../core/workspace/ManifestParser.cpp" line="+34"/>
        <source>a mapping</source>
        <translation>отображение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a single value</source>
        <translation>одно значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown value</source>
        <translation>неизвестное значение</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 must be a mapping of keys to values, not %2.</source>
        <translation>%1 должно быть отображением ключей на значения, а не %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A key in %1 must be a plain word, not %2.</source>
        <translation>Ключ в %1 должен быть простым словом, а не %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is given twice in %2; only the first is used.</source>
        <translation>&apos;%1&apos; указан в %2 дважды; используется только первый.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown key &apos;%1&apos; in %2; known keys are: %3.</source>
        <translation>Неизвестный ключ &apos;%1&apos; в %2; известные ключи: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 must be a single value, not %2.</source>
        <translation>%1 должно быть одним значением, а не %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be a list, not %2.</source>
        <translation>%1 должно быть списком, а не %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each item of %1 must be a single value, not %2.</source>
        <translation>Каждый элемент %1 должен быть одним значением, а не %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>images: %1</source>
        <translation>images: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; in context_files: write host-path:path-in-context, e.g. /bin/busybox:bin/busybox.</source>
        <translation>&apos;%1&apos; в context_files: напишите путь-на-хосте:путь-в-контексте, например /bin/busybox:bin/busybox.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 hosts must be a list, not %2.</source>
        <translation>hosts в %1 должно быть списком, а не %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A host of %1 has neither address nor machine; give its address (the IP registrator&apos;s keys hold).</source>
        <translation>У узла в %1 нет ни address, ни machine; укажите его адрес (IP, который хранят ключи registrator).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>environment %1</source>
        <translation>окружение %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment &apos;%1&apos;</source>
        <translation>окружение &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 services must be a list, not %2.</source>
        <translation>services в %1 должно быть списком, а не %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A service of %1 has no kind (rabbitmq, mysql, memcached, pdns, haproxy, ceph, ...).</source>
        <translation>У сервиса в %1 не указан kind (rabbitmq, mysql, memcached, pdns, haproxy, ceph, ...).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>whalestack.yaml must be a mapping of keys to values (version, name, registry, ...), not %1.</source>
        <translation>whalestack.yaml должен быть отображением ключей на значения (version, name, registry, ...), а не %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>whalestack.yaml</source>
        <translation>whalestack.yaml</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>version must be a whole number, not &apos;%1&apos;.</source>
        <translation>version должна быть целым числом, а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema version %1 is not supported; this Whalestack reads version 1.</source>
        <translation>Версия схемы %1 не поддерживается; этот Whalestack читает версию 1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>tag_policy must be git, fixed or latest, not &apos;%1&apos;.</source>
        <translation>tag_policy должна быть git, fixed или latest, а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>environments must be a list, not %1.</source>
        <translation>environments должно быть списком, а не %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Two environments are named &apos;%1&apos;.</source>
        <translation>Два окружения называются &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tag_policy is fixed but no tag is given; add tag: &lt;tag&gt;.</source>
        <translation>tag_policy равна fixed, но tag не указан; добавьте tag: &lt;тег&gt;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>whalestack.yaml holds binary data (a NUL byte), not YAML text.</source>
        <translation>whalestack.yaml содержит двоичные данные (байт NUL), а не текст YAML.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>YAML syntax error: %1.</source>
        <translation>Синтаксическая ошибка YAML: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the YAML: %1.</source>
        <translation>Не удаётся прочитать YAML: %1.</translation>
    </message>
</context>
<context>
    <name>MapBackdropItem</name>
    <message>
        <location filename="../gui/map/MapBackdropItem.cpp" line="+19"/>
        <source>CoreOS cluster</source>
        <translation>Кластер CoreOS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ceph cluster</source>
        <translation>Кластер Ceph</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a container</source>
        <translation>Без контейнера</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Public network</source>
        <translation>Публичная сеть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private network</source>
        <translation>Частная сеть</translation>
    </message>
</context>
<context>
    <name>MapElement</name>
    <message>
        <location filename="../gui/map/MapElement.cpp" line="+64"/>
        <source>host</source>
        <translation>узел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fleet unit</source>
        <translation>юнит fleet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>container</source>
        <translation>контейнер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service</source>
        <translation>сервис</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HAProxy frontend</source>
        <translation>фронтенд HAProxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registrator key</source>
        <translation>ключ registrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>routed address</source>
        <translation>маршрутизируемый адрес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>route</source>
        <translation>маршрут</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Machine</source>
        <translation>Машина</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+114"/>
        <location line="+53"/>
        <location line="+9"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker engine</source>
        <translation>Движок Docker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none known</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Юниты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers</source>
        <translation>Контейнеры</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Desired state</source>
        <translation>Желаемое состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current state</source>
        <translation>Текущее состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load state</source>
        <translation>Состояние загрузки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active state</source>
        <translation>Состояние активности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub state</source>
        <translation>Подсостояние</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container id</source>
        <translation>Id контейнера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published</source>
        <translation>Опубликованные порты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label %1</source>
        <translation>Метка %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint</source>
        <translation>Конечная точка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials</source>
        <translation>Учётные данные</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keychain entry &quot;%1&quot;</source>
        <translation>запись связки ключей &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Option %1</source>
        <translation>Параметр %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service id</source>
        <translation>Id сервиса</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+34"/>
        <source>Frontend</source>
        <translation>Фронтенд</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no container</source>
        <translation>нет контейнера</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backend</source>
        <translation>Бэкенд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
</context>
<context>
    <name>MapExporter</name>
    <message>
        <location filename="../gui/map/MapExporter.cpp" line="+60"/>
        <location line="+51"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Не удаётся записать %1: %2. Выберите папку, доступную для записи.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Infrastructure map of %1</source>
        <translation>Карта инфраструктуры %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported by Whalestack</source>
        <translation>Экспортировано из Whalestack</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+39"/>
        <source>Cannot write %1: %2. Check the free space and the permissions.</source>
        <translation>Не удаётся записать %1: %2. Проверьте свободное место и права доступа.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cannot make a %1×%2 picture for %3: not enough memory.</source>
        <translation>Не удаётся создать изображение %1×%2 для %3: недостаточно памяти.</translation>
    </message>
</context>
<context>
    <name>MapPalette</name>
    <message>
        <location filename="../gui/map/MapPalette.cpp" line="+126"/>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <location filename="../cli/ProbeCommand.cpp" line="+88"/>
        <source>%1: cannot read the workspace manifest (%2); give the workspace with --workspace, or probe ad hoc with --service KIND=ENDPOINT</source>
        <translation>%1: не удаётся прочитать манифест рабочей области (%2); укажите рабочую область через --workspace или проверяйте без манифеста через --service KIND=ENDPOINT</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>error: </source>
        <translation>ошибка: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning: </source>
        <translation>предупреждение: </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warning: fleet&apos;s tunnel %1 is not opened by probe; the fleet endpoint is probed as it is written</source>
        <translation>предупреждение: probe не открывает туннель fleet %1; конечная точка fleet проверяется в том виде, как она записана</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no environments; add one under environments:</source>
        <translation>в %1 нет окружений; добавьте окружение в раздел environments:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no environment &apos;%2&apos;; it has: %3</source>
        <translation>в %1 нет окружения &apos;%2&apos;; есть: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the workspace whose whalestack.yaml names ENVIRONMENT (default: the current folder).</source>
        <translation>рабочая область, чей whalestack.yaml описывает ENVIRONMENT (по умолчанию — текущая папка).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>probe KIND=ENDPOINT[,OPT=V...] (repeatable), e.g. etcd=http://127.0.0.1:2379.</source>
        <translation>проверить KIND=ENDPOINT[,OPT=V...] (можно повторять), например etcd=http://127.0.0.1:2379.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON to stdout.</source>
        <translation>Вывести JSON в stdout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probe again every interval and print changes until Ctrl-C.</source>
        <translation>повторять проверку через заданный интервал и выводить изменения до Ctrl-C.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--watch: seconds between probes (default 10).</source>
        <translation>--watch: интервал между проверками в секундах (по умолчанию 10).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seconds a probe may take (default 5).</source>
        <translation>максимальная длительность проверки в секундах (по умолчанию 5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>probes at a time (default 8).</source>
        <translation>число одновременных проверок (по умолчанию 8).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: whalestack-cli probe ENVIRONMENT [--workspace PATH] [--json] [--watch] [--interval S] [--timeout S] [--concurrency N]
       whalestack-cli probe --service KIND=ENDPOINT[,OPT=V...]... [--json] [--watch] ...
Probes every target of the workspace manifest&apos;s environment, or each --service, and prints status, kind, name, latency, version and detail.
Kinds: %1. Options of a spec: name=NAME, credential=KEYCHAIN-ENTRY, and the kind&apos;s own.
Exit codes: 0 all answered, 1 any target is down, 2 usage error.
</source>
        <translation>Использование: whalestack-cli probe ENVIRONMENT [--workspace PATH] [--json] [--watch] [--interval S] [--timeout S] [--concurrency N]
       whalestack-cli probe --service KIND=ENDPOINT[,OPT=V...]... [--json] [--watch] ...
Проверяет каждую цель окружения из манифеста рабочей области или каждый --service и выводит статус, тип, имя, задержку, версию и подробности.
Типы: %1. Параметры спецификации: name=NAME, credential=KEYCHAIN-ENTRY и собственные параметры типа.
Коды выхода: 0 — ответили все цели, 1 — какая-либо цель не работает, 2 — ошибка использования.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>takes one ENVIRONMENT, not &apos;%1&apos;</source>
        <translation>принимает одно ENVIRONMENT, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--interval takes seconds (a number above 0), not &apos;%1&apos;</source>
        <translation>--interval принимает число секунд (больше 0), а не &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--timeout takes seconds (a number above 0), not &apos;%1&apos;</source>
        <translation>--timeout принимает число секунд (больше 0), а не &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--concurrency takes a number from 1 to 1000, not &apos;%1&apos;</source>
        <translation>--concurrency принимает число от 1 до 1000, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos;: this build cannot probe &apos;%2&apos;; it knows %3</source>
        <translation>&apos;%1&apos;: эта сборка не умеет проверять &apos;%2&apos;; поддерживаются: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give an ENVIRONMENT of the workspace manifest, or --service KIND=ENDPOINT (see --help)</source>
        <translation>укажите ENVIRONMENT из манифеста рабочей области или --service KIND=ENDPOINT (см. --help)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the environment &apos;%1&apos; names nothing to probe</source>
        <translation>в окружении &apos;%1&apos; нечего проверять</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LATENCY</source>
        <translation>ЗАДЕРЖКА</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation>ВЕРСИЯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation>ПОДРОБНОСТИ</translation>
    </message>
</context>
<context>
    <name>ProbeEndpoint</name>
    <message>
        <location filename="../core/infra/ProbeEndpoint.cpp" line="+15"/>
        <source>Cannot probe %1 &apos;%2&apos;: %3</source>
        <translation>Не удаётся проверить %1 &apos;%2&apos;: %3</translation>
    </message>
</context>
<context>
    <name>ProbeHistory</name>
    <message>
        <location filename="../core/infra/ProbeHistory.cpp" line="+105"/>
        <source>Cannot use the probe history %1: its folder cannot be made. Choose another file with WHALESTACK_PROBE_HISTORY.</source>
        <translation>Невозможно использовать историю проверок %1: не удаётся создать её папку. Укажите другой файл через WHALESTACK_PROBE_HISTORY.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot use the probe history %1: Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite).</source>
        <translation>Невозможно использовать историю проверок %1: отсутствует драйвер SQLite для Qt (установите libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the probe history %1: %2. Check that the file and its folder are writable, or choose another file with WHALESTACK_PROBE_HISTORY.</source>
        <translation>Не удаётся открыть историю проверок %1: %2. Проверьте, что файл и его папка доступны для записи, или укажите другой файл через WHALESTACK_PROBE_HISTORY.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the probe history %1: %2. Move it away to start a new one.</source>
        <translation>Не удаётся прочитать историю проверок %1: %2. Переместите файл в другое место, чтобы начать новую историю.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 is not a Whalestack probe history. Move it away or choose another file with WHALESTACK_PROBE_HISTORY.</source>
        <translation>Файл %1 не является историей проверок Whalestack. Переместите его в другое место или укажите другой файл через WHALESTACK_PROBE_HISTORY.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The probe history %1 was written by a newer Whalestack (schema %2). Use the newer version, or choose another file with WHALESTACK_PROBE_HISTORY.</source>
        <translation>История проверок %1 записана более новой версией Whalestack (схема %2). Используйте более новую версию или укажите другой файл через WHALESTACK_PROBE_HISTORY.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+28"/>
        <location line="+18"/>
        <location line="+9"/>
        <source>Cannot write the probe history %1: %2</source>
        <translation>Не удаётся записать историю проверок %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>Cannot prune the probe history %1: %2</source>
        <translation>Не удаётся очистить историю проверок %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+39"/>
        <location line="+29"/>
        <source>Cannot read the probe history %1: %2</source>
        <translation>Не удаётся прочитать историю проверок %1: %2</translation>
    </message>
</context>
<context>
    <name>PushQueue</name>
    <message>
        <location filename="../core/build/PushQueue.cpp" line="+52"/>
        <source>not pushed</source>
        <translation>не отправлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push queued</source>
        <translation>в очереди на отправку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pushing</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pushed</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push failed</source>
        <translation>ошибка отправки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push cancelled</source>
        <translation>отправка отменена</translation>
    </message>
</context>
<context>
    <name>TemplateKeyExtractor</name>
    <message>
        <location filename="../core/confd/TemplateKeyExtractor.cpp" line="+108"/>
        <source>{{%1}} is never closed: add {{end}}</source>
        <translation>{{%1}} не закрыт: добавьте {{end}}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>unclosed action: add }}</source>
        <translation>незакрытое действие: добавьте }}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unterminated raw string: add a closing `</source>
        <translation>незавершённая «сырая» строка: добавьте закрывающий `</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unexpected ) without a matching (</source>
        <translation>лишняя ) без парной (</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>unexpected character &apos;%1&apos; in action</source>
        <translation>неожиданный символ «%1» в действии</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unclosed ( in action: add a matching )</source>
        <translation>незакрытая ( в действии: добавьте парную )</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty action: {{ }} needs a value</source>
        <translation>пустое действие: в {{ }} нужно значение</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unclosed comment: add */}}</source>
        <translation>незакрытый комментарий: добавьте */}}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>comment ends before the closing delimiter: write */}}</source>
        <translation>комментарий кончается раньше закрывающего разделителя: пишите */}}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unterminated string: add a closing &quot;</source>
        <translation>незавершённая строка: добавьте закрывающую &quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unterminated character constant</source>
        <translation>незавершённая символьная константа</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>invalid escape \%1 in string</source>
        <translation>недопустимая escape-последовательность \%1 в строке</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>{{%1}} needs a value</source>
        <translation>{{%1}} требует значения</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>{{define}} is only allowed at the top level, not inside {{%1}}</source>
        <translation>{{define}} допустим только на верхнем уровне, не внутри {{%1}}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{{%1}} needs a template name in quotes</source>
        <translation>{{%1}} требует имени шаблона в кавычках</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{{template}} needs a template name in quotes</source>
        <translation>{{template}} требует имени шаблона в кавычках</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{{else}} outside {{if}}, {{range}} or {{with}}</source>
        <translation>{{else}} вне {{if}}, {{range}} или {{with}}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{{else}} after the final {{else}} of {{%1}} on line %2</source>
        <translation>{{else}} после последнего {{else}} в {{%1}} на строке %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected &quot;%1&quot; after {{else}}</source>
        <translation>неожиданное «%1» после {{else}}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected &quot;%1&quot; in {{end}}</source>
        <translation>неожиданное «%1» в {{end}}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{{end}} without a matching {{if}}, {{range}}, {{with}}, {{define}} or {{block}}</source>
        <translation>{{end}} без парного {{if}}, {{range}}, {{with}}, {{define}} или {{block}}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{{%1}} outside {{range}}</source>
        <translation>{{%1}} вне {{range}}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is called without a key</source>
        <translation>%1 вызвана без ключа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>key built at run time; not listed (the argument of %1 is not a string literal)</source>
        <translation>ключ строится во время выполнения и не попадает в список (аргумент %1 — не строковый литерал)</translation>
    </message>
</context>
<context>
    <name>TemplateResourceParser</name>
    <message>
        <location filename="../core/confd/TemplateResourceParser.cpp" line="+23"/>
        <source>a table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+185"/>
        <location line="+45"/>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+206"/>
        <source>an integer</source>
        <translation>целое число</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a date or time</source>
        <translation>дата или время</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>TOML syntax error: %1</source>
        <translation>синтаксическая ошибка TOML: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;template&quot; must be a table ([template]), not %1</source>
        <translation>«template» должен быть таблицей ([template]), а не: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown table or key &quot;%1&quot;; confd reads only [template]</source>
        <translation>неизвестная таблица или ключ «%1»; confd читает только [template]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no [template] table: confd ignores this file; add [template] with src, dest and keys</source>
        <translation>нет таблицы [template]: confd пропускает этот файл; добавьте [template] с src, dest и keys</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unknown key &quot;%1&quot; in [template]; confd ignores it (known: src, dest, keys, prefix, mode, uid, gid, check_cmd, reload_cmd)</source>
        <translation>неизвестный ключ «%1» в [template]; confd его пропускает (известные: src, dest, keys, prefix, mode, uid, gid, check_cmd, reload_cmd)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>[template] has no &quot;%1&quot;; confd needs src, dest and keys</source>
        <translation>в [template] нет «%1»; confd нужны src, dest и keys</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>expected %1 here, found %2</source>
        <translation>здесь ожидается %1, а найдено: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a string such as &quot;0644&quot;</source>
        <translation>строка вроде &quot;0644&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mode &quot;%1&quot; is not a number; write an octal string such as &quot;0644&quot;</source>
        <translation>mode «%1» — не число; укажите восьмеричную строку вроде &quot;0644&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a valid user or group id</source>
        <translation>%1 — недопустимый идентификатор пользователя или группы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an array of strings</source>
        <translation>массив строк</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>keys is empty: the template can read nothing</source>
        <translation>keys пуст: шаблон ничего не сможет прочитать</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot read the template resource: %1</source>
        <translation>не удаётся прочитать ресурс шаблона: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the template %1 named by src cannot be read: %2</source>
        <translation>шаблон %1, указанный в src, не читается: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 reads %2, which is under none of the resource&apos;s keys (%3); confd does not fetch it: add it to keys in %4</source>
        <translation>%1 читает %2, но этот ключ не входит ни в один из keys ресурса (%3); confd его не загружает: добавьте его в keys в %4</translation>
    </message>
</context>
<context>
    <name>UnitFileParser</name>
    <message>
        <location filename="../core/fleet/UnitFileParser.cpp" line="+91"/>
        <source>this comment ends with a backslash, so fleet also ignores the next line; remove the backslash</source>
        <translation>комментарий кончается обратной косой чертой, поэтому fleet пропустит и следующую строку; уберите обратную косую черту</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>section header %1 has no closing ] on its line; add one</source>
        <translation>в заголовке секции %1 нет закрывающей ] на той же строке; добавьте её</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected text after [%1]; fleet rejects the file</source>
        <translation>лишний текст после [%1]; fleet отвергнет файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty section name []</source>
        <translation>пустое имя секции []</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text before the first [Section] is dropped by fleet; start the file with [Unit]</source>
        <translation>текст до первой [Секции] fleet отбрасывает; начните файл с [Unit]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an option: write Name=Value; fleet rejects the file</source>
        <translation>«%1» — не параметр: пишите Имя=Значение; fleet отвергнет файл</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>option %1 before the first [Section] is dropped by fleet; move it under [Unit]</source>
        <translation>параметр %1 до первой [Секции] fleet отбрасывает; перенесите его в [Unit]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option without a name before &apos;=&apos;</source>
        <translation>параметр без имени перед «=»</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is deprecated; use %2</source>
        <translation>%1 устарел; используйте %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown option %1 in [X-Fleet]; fleet ignores it (known: %2)</source>
        <translation>неизвестный параметр %1 в [X-Fleet]; fleet его пропускает (известные: %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 cannot be combined with Global=true; only MachineMetadata and Conflicts can</source>
        <translation>%1 нельзя сочетать с Global=true; допустимы только MachineMetadata и Conflicts</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not a valid unit name: fleet expects NAME.service, NAME@.service or NAME@INSTANCE.service</source>
        <translation>«%1» — недопустимое имя юнита: fleet ожидает ИМЯ.service, ИМЯ@.service или ИМЯ@ЭКЗЕМПЛЯР.service</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <location filename="../cli/WorkspaceCommand.cpp" line="+28"/>
        <source>workspace</source>
        <translation>рабочая область</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>external</source>
        <translation>внешний</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workspace %1 (%2)</source>
        <translation>Рабочая область %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n image(s):</source>
        <translation>
            <numerusform>%n образ:</numerusform>
            <numerusform>%n образа:</numerusform>
            <numerusform>%n образов:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[not built here]</source>
        <translation>[собирается не здесь]</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n key(s) read by templates</source>
        <translation>
            <numerusform>%n ключ, читаемый шаблонами</numerusform>
            <numerusform>%n ключа, читаемых шаблонами</numerusform>
            <numerusform>%n ключей, читаемых шаблонами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unit file(s):</source>
        <translation>
            <numerusform>%n файл юнита:</numerusform>
            <numerusform>%n файла юнитов:</numerusform>
            <numerusform>%n файлов юнитов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print the model as JSON.</source>
        <translation>Вывести модель в формате JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override a Dockerfile ARG (repeatable).</source>
        <translation>Переопределить ARG из Dockerfile (можно указывать несколько раз).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace folder.</source>
        <translation>Папка рабочей области.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>whalestack-cli %1: expected exactly one workspace PATH</source>
        <translation>whalestack-cli %1: ожидается ровно один ПУТЬ к рабочей области</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>whalestack-cli %1: --json is only for the workspace command</source>
        <translation>whalestack-cli %1: --json применяется только с командой workspace</translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <location filename="../core/workspace/WorkspaceFile.cpp" line="+12"/>
        <source>File not found.</source>
        <translation>Файл не найден.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected a file, found a folder.</source>
        <translation>Ожидался файл, а найдена папка.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a regular file; it is not read.</source>
        <translation>Это не обычный файл; он не читается.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File is %1 MiB, larger than the %2 MiB limit for workspace files; it is not read.</source>
        <translation>Файл занимает %1 МиБ, больше предела %2 МиБ для файлов рабочей области; он не читается.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the file: %1.</source>
        <translation>Не удаётся прочитать файл: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File grew past the %1 MiB limit while it was read.</source>
        <translation>Файл вырос сверх предела %1 МиБ во время чтения.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file holds binary data (a NUL byte), not text; it is not read. Check that the right file is in this place.</source>
        <translation>Файл содержит двоичные данные (байт NUL), а не текст; он не читается. Проверьте, что здесь лежит нужный файл.</translation>
    </message>
</context>
<context>
    <name>WorkspaceLoader</name>
    <message>
        <location filename="../core/workspace/WorkspaceLoader.cpp" line="+86"/>
        <source>Folders are nested more than %1 deep here; deeper folders are not read.</source>
        <translation>Папки здесь вложены глубже %1 уровней; более глубокие папки не читаются.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read this folder; it is skipped.</source>
        <translation>Не удаётся прочитать эту папку; она пропущена.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This Dockerfile has no vars.mk beside it, so the image is named &apos;%1&apos; after its folder. Add a vars.mk with COMPONENT (and IMAGE_PREFIX, DISTR, BUILD_TAG) to name it.</source>
        <translation>Рядом с этим Dockerfile нет vars.mk, поэтому образ назван &apos;%1&apos; по имени папки. Чтобы задать имя, добавьте vars.mk с COMPONENT (и IMAGE_PREFIX, DISTR, BUILD_TAG).</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The template %1 that src names does not exist.</source>
        <translation>Шаблона %1, указанного в src, не существует.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This image is named %1, like the image in %2. Give one of them another COMPONENT.</source>
        <translation>Этот образ называется %1, как и образ в %2. Дайте одному из них другой COMPONENT.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>These images build on each other in a cycle, so none of them can be built: %1. Change one FROM.</source>
        <translation>Эти образы собираются друг из друга по кругу, поэтому ни один из них нельзя собрать: %1. Измените один из FROM.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>units_dir names %1, which is not a folder.</source>
        <translation>units_dir указывает на %1, но это не папка.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>This is a file; a workspace is a folder.</source>
        <translation>Это файл; рабочая область — это папка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder does not exist.</source>
        <translation>Такой папки нет.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>images: %1 names no image of this workspace (neither a folder nor a full image name).</source>
        <translation>images: %1 не называет ни одного образа этой рабочей области (ни папки, ни полного имени образа).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../gui/app/main.cpp" line="+37"/>
        <source>Explore, build and deploy a Whalestack workspace.</source>
        <translation>Просмотр, сборка и развёртывание рабочей области Whalestack.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace folder to open (default: the last one, else the bundled demo).</source>
        <translation>Папка рабочей области, которую нужно открыть (по умолчанию — последняя открытая, иначе встроенная демонстрационная).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select this image (its full name) once the workspace is open.</source>
        <translation>Выбрать этот образ (по полному имени) после открытия рабочей области.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>image</source>
        <translation>образ</translation>
    </message>
</context>
<context>
    <name>ws</name>
    <message>
        <location filename="../core/infra/CephPrometheusText.cpp" line="+57"/>
        <source>a metric name must start the line</source>
        <translation>строка должна начинаться с имени метрики</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a label name is missing at column %1</source>
        <translation>в столбце %1 отсутствует имя метки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>label %1 has no =&quot;value&quot;</source>
        <translation>у метки %1 нет =&quot;значение&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the value of label %1 is not closed</source>
        <translation>значение метки %1 не закрыто</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected , or } after label %1</source>
        <translation>после метки %1 ожидается , или }</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>metric %1 has no number as its value</source>
        <translation>у метрики %1 значение не является числом</translation>
    </message>
    <message>
        <location filename="../core/infra/DnsMessage.cpp" line="+18"/>
        <source>the DNS message ends early: %1 bytes needed at offset %2 of %3</source>
        <translation>DNS-сообщение обрывается: на смещении %2 из %3 нужно %1 байт</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a name at offset %1 has a compression pointer that loops or points forward (to %2)</source>
        <translation>у имени на смещении %1 указатель сжатия зацикливается или указывает вперёд (на %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a name at offset %1 uses the reserved label type 0x%2</source>
        <translation>имя на смещении %1 использует зарезервированный тип метки 0x%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a name at offset %1 is longer than 255 bytes</source>
        <translation>имя на смещении %1 длиннее 255 байт</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the SOA record at offset %1 is shorter than its fields</source>
        <translation>запись SOA на смещении %1 короче своих полей</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the NS record at offset %1 runs past its length</source>
        <translation>запись NS на смещении %1 выходит за пределы своей длины</translation>
    </message>
    <message>
        <location filename="../core/infra/ProbeTarget.cpp" line="+105"/>
        <source>&apos;%1&apos; opens &apos;[&apos; for an IPv6 address but never closes it.</source>
        <translation>&apos;%1&apos; открывает &apos;[&apos; для адреса IPv6, но не закрывает её.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; has &apos;%2&apos; after the IPv6 address.</source>
        <translation>В &apos;%1&apos; после адреса IPv6 стоит &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; names no host.</source>
        <translation>В &apos;%1&apos; не указан узел.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; has port &apos;%2&apos;; a port is a number from 1 to 65535.</source>
        <translation>В &apos;%1&apos; указан порт &apos;%2&apos;; порт — это число от 1 до 65535.</translation>
    </message>
    <message>
        <location filename="../core/infra/AmqpFieldTable.cpp" line="+22"/>
        <source>the field table ends early: %1 bytes needed at offset %2, %3 left</source>
        <translation>таблица полей обрывается: на смещении %2 нужно %1 байт, осталось %3</translation>
    </message>
    <message>
        <location filename="../core/infra/RabbitmqManagementAnswer.cpp" line="+22"/>
        <source>%1 is not JSON (%2 at offset %3)</source>
        <translation>%1 — не JSON (%2 на смещении %3)</translation>
    </message>
</context>
<context>
    <name>ws::AmqpConnectionStart</name>
    <message>
        <location filename="../core/infra/AmqpConnectionStart.cpp" line="+24"/>
        <source>the method frame is %1 bytes, too short for Connection.Start</source>
        <translation>кадр метода имеет размер %1 байт — слишком мало для Connection.Start</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the first method is %1.%2, not Connection.Start (10.10)</source>
        <translation>первый метод — %1.%2, а не Connection.Start (10.10)</translation>
    </message>
</context>
<context>
    <name>ws::AmqpFieldTable</name>
    <message>
        <location filename="../core/infra/AmqpFieldTable.cpp" line="+54"/>
        <location line="+30"/>
        <source>the field table nests deeper than %1 levels</source>
        <translation>вложенность таблицы полей глубже %1 уровней</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>unknown field type 0x%1 at offset %2</source>
        <translation>неизвестный тип поля 0x%1 на смещении %2</translation>
    </message>
</context>
<context>
    <name>ws::AmqpFrameReader</name>
    <message>
        <location filename="../core/infra/AmqpFrameReader.cpp" line="+43"/>
        <source>the server sent &quot;%1&quot;, which is not an AMQP frame</source>
        <translation>сервер прислал &quot;%1&quot; — это не кадр AMQP</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server sent &quot;%1&quot;, which is not an AMQP frame (type %2)</source>
        <translation>сервер прислал &quot;%1&quot; — это не кадр AMQP (тип %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server announced a frame of %1 bytes (more than the %2 a Connection.Start can need): it is not AMQP</source>
        <translation>сервер объявил кадр размером %1 байт (больше %2, которых может потребовать Connection.Start): это не AMQP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the frame does not end with 0xCE (found 0x%1 after %2 bytes of payload)</source>
        <translation>кадр не заканчивается на 0xCE (после %2 байт полезной нагрузки найдено 0x%1)</translation>
    </message>
</context>
<context>
    <name>ws::BuildArgsDialog</name>
    <message>
        <location filename="../gui/builds/BuildArgsDialog.cpp" line="+23"/>
        <source>Build Args</source>
        <translation>Аргументы сборки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build args passed to every image of the next queue. The manifest&apos;s values are filled in; change a value or add a row to override it for this queue only.</source>
        <translation>Аргументы сборки, которые передаются каждому образу следующей очереди. Значения из манифеста уже заполнены; измените значение или добавьте строку, чтобы переопределить его только для этой очереди.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>manifest</source>
        <translation>манифест</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>manifest, image %1</source>
        <translation>манифест, образ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+42"/>
        <source>this queue</source>
        <translation>эта очередь</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>ws::BuildHistoryModel</name>
    <message>
        <location filename="../gui/history/BuildHistoryModel.cpp" line="+67"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size unknown</source>
        <translation>Размер неизвестен</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Finished</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache hits</source>
        <translation>Попадания в кэш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pushed</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image ID</source>
        <translation>ID образа</translation>
    </message>
</context>
<context>
    <name>ws::BuildHistoryPanel</name>
    <message>
        <location filename="../gui/history/BuildHistoryPanel.cpp" line="+42"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open log</source>
        <translation>Открыть журнал</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter by image name</source>
        <translation>Фильтр по имени образа</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Build history problem: %1</source>
        <translation>Проблема с историей сборок: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No application could open the log %1.</source>
        <translation>Нет приложения, которое может открыть журнал %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a build to see its details.</source>
        <translation>Выберите сборку, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 after %3</source>
        <translation>%1: %2 через %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>finished %1</source>
        <translation>завершена %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cache hit(s)</source>
        <translation>
            <numerusform>%n попадание в кэш</numerusform>
            <numerusform>%n попадания в кэш</numerusform>
            <numerusform>%n попаданий в кэш</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size %1</source>
        <translation>размер %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pushed</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not pushed</source>
        <translation>не отправлен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image ID %1</source>
        <translation>ID образа %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No log was written</source>
        <translation>Журнал не записан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log %1</source>
        <translation>Журнал %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log %1 no longer exists</source>
        <translation>Журнал %1 больше не существует</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This build wrote no log.</source>
        <translation>Эта сборка не записала журнал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log file no longer exists: %1</source>
        <translation>Файл журнала больше не существует: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No build history</source>
        <translation>Нет истории сборок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No builds recorded yet</source>
        <translation>Сборок пока нет</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n build(s)</source>
        <translation>
            <numerusform>%n сборка</numerusform>
            <numerusform>%n сборки</numerusform>
            <numerusform>%n сборок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n build(s)</source>
        <translation>
            <numerusform>%1 из %n сборки</numerusform>
            <numerusform>%1 из %n сборок</numerusform>
            <numerusform>%1 из %n сборок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::BuildLogPane</name>
    <message>
        <location filename="../gui/builds/BuildLogPane.cpp" line="+26"/>
        <source>Open Full Log</source>
        <translation>Открыть весь журнал</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+47"/>
        <source>Select an image to see its build log.</source>
        <translation>Выберите образ, чтобы увидеть журнал его сборки.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Open the whole log file with the desktop&apos;s text viewer</source>
        <translation>Открыть весь файл журнала в текстовом просмотрщике рабочего стола</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Build log</source>
        <translation>Журнал сборки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log of %1 — the last %2 of %3 lines; the full log has them all</source>
        <translation>Журнал %1 — последние %2 из %3 строк; в полном журнале есть все</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log of %1</source>
        <translation>Журнал %1</translation>
    </message>
</context>
<context>
    <name>ws::BuildQueueModel</name>
    <message>
        <location filename="../gui/builds/BuildQueueModel.cpp" line="+324"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / ~%2</source>
        <translation>%1 / ~%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation>Прошло</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache hits</source>
        <translation>Попадания в кэш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Push</source>
        <translation>Отправка</translation>
    </message>
</context>
<context>
    <name>ws::BuildScheduler</name>
    <message>
        <location filename="../core/build/BuildScheduler.cpp" line="+82"/>
        <location line="+21"/>
        <source>cancelled before it started</source>
        <translation>отменён до запуска</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>The builder stopped during the build.</source>
        <translation>Сборщик остановился во время сборки.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>attempt %1 of %2</source>
        <translation>попытка %1 из %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>There is no builder to run this image.</source>
        <translation>Нет сборщика, который мог бы собрать этот образ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>attempt %1 failed (%2); trying again</source>
        <translation>попытка %1 не удалась (%2); повторяем</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>failed without a message from the builder</source>
        <translation>ошибка без сообщения от сборщика</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>blocked by %1</source>
        <translation>заблокирован из-за %1</translation>
    </message>
</context>
<context>
    <name>ws::BuildSession</name>
    <message>
        <location filename="../core/build/BuildSession.cpp" line="+78"/>
        <source>This build queue was started already.</source>
        <translation>Эта очередь сборки уже запущена.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was built: the build plan has errors.
%1</source>
        <translation>Ничего не собрано: в плане сборки есть ошибки.
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was built: pushing was asked for, but neither the workspace&apos;s manifest nor the build names a registry. Set `registry:` in whalestack.yaml or choose one.</source>
        <translation>Ничего не собрано: запрошена отправка, но ни манифест рабочей области, ни сборка не указывают реестр. Задайте `registry:` в whalestack.yaml или выберите реестр.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No Docker engine is configured.</source>
        <translation>Движок Docker не настроен.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Docker engine at %1 does not answer: %2</source>
        <translation>Движок Docker по адресу %1 не отвечает: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The build queue could not start.</source>
        <translation>Не удалось запустить очередь сборки.</translation>
    </message>
</context>
<context>
    <name>ws::BuildState</name>
    <message>
        <location filename="../core/build/BuildState.cpp" line="+71"/>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>built</source>
        <translation>собран</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to date</source>
        <translation>актуален</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
</context>
<context>
    <name>ws::BuildSummaryPanel</name>
    <message>
        <location filename="../gui/builds/BuildSummaryPanel.cpp" line="+32"/>
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cache hits</source>
        <translation>Попадания в кэш</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No build queue has finished yet.</source>
        <translation>Ни одна очередь сборки ещё не завершилась.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n built</source>
        <translation>
            <numerusform>%n собран</numerusform>
            <numerusform>%n собрано</numerusform>
            <numerusform>%n собрано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n up to date</source>
        <translation>
            <numerusform>%n актуален</numerusform>
            <numerusform>%n актуально</numerusform>
            <numerusform>%n актуально</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n blocked</source>
        <translation>
            <numerusform>%n заблокирован</numerusform>
            <numerusform>%n заблокировано</numerusform>
            <numerusform>%n заблокировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n отменён</numerusform>
            <numerusform>%n отменено</numerusform>
            <numerusform>%n отменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pushed</source>
        <translation>
            <numerusform>%n отправлен</numerusform>
            <numerusform>%n отправлено</numerusform>
            <numerusform>%n отправлено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total time: %1</source>
        <translation>Общее время: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Critical path: none</source>
        <translation>Критический путь: нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical path: %1</source>
        <translation>Критический путь: %1</translation>
    </message>
</context>
<context>
    <name>ws::BuildsView</name>
    <message>
        <location filename="../gui/builds/BuildsView.cpp" line="+73"/>
        <source>up to date</source>
        <translation>актуален</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cache hits</source>
        <translation>Попадания в кэш</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+224"/>
        <source>No workspace is open.</source>
        <translation>Рабочая область не открыта.</translation>
    </message>
    <message>
        <location line="-222"/>
        <location line="+452"/>
        <source>No Docker engine can be used (check DOCKER_HOST): nothing can be built.</source>
        <translation>Нет доступного движка Docker (проверьте DOCKER_HOST): собрать ничего нельзя.</translation>
    </message>
    <message>
        <location line="-450"/>
        <source>Select images and choose Build, or build what is stale.</source>
        <translation>Выберите образы и нажмите «Собрать» или соберите устаревшие.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Build Selected</source>
        <translation>&amp;Собрать выбранные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build the selected images (parents first), even when they are up to date; the engine&apos;s cache is used</source>
        <translation>Собрать выбранные образы (сначала родительские), даже если они актуальны; используется кэш движка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build Selected and &amp;Below</source>
        <translation>Собрать выбранные и &amp;зависимые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build the selected images and, where stale, every image that builds on them</source>
        <translation>Собрать выбранные образы и все устаревшие образы, которые на них основаны</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build &amp;Stale</source>
        <translation>Собрать &amp;устаревшие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build every image whose context, Dockerfile, args or parent changed; up-to-date images are skipped</source>
        <translation>Собрать все образы, у которых изменились контекст, Dockerfile, аргументы или родитель; актуальные образы пропускаются</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build &amp;Everything</source>
        <translation>Собрать &amp;всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build every image of the workspace, even up-to-date ones</source>
        <translation>Собрать все образы рабочей области, даже актуальные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rebuild Selected without Cache</source>
        <translation>&amp;Пересобрать выбранные без кэша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild the selected images from scratch, without the engine&apos;s layer cache</source>
        <translation>Пересобрать выбранные образы с нуля, без кэша слоёв движка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel Selected</source>
        <translation>&amp;Отменить выбранные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected images; the images below them are blocked</source>
        <translation>Отменить выбранные образы; зависящие от них образы будут заблокированы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;All</source>
        <translation>Отм&amp;енить все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the whole queue</source>
        <translation>Отменить всю очередь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;try Failed</source>
        <translation>Повторить &amp;неудачные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the failed and cancelled images (of the selection, or all of them) back into the queue, with the images they blocked</source>
        <translation>Вернуть в очередь неудавшиеся и отменённые образы (из выделения или все) вместе с образами, которые они заблокировали</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+622"/>
        <source>&amp;Pause</source>
        <translation>Приос&amp;тановить</translation>
    </message>
    <message>
        <location line="-621"/>
        <source>Start no new builds until resumed; running builds go on</source>
        <translation>Не запускать новые сборки до продолжения; запущенные сборки продолжаются</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pull Bases</source>
        <translation>Обновлять базовые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the engine pull fresh external base images</source>
        <translation>Разрешить движку скачивать свежие внешние базовые образы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Push to</source>
        <translation>Отправлять в</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push each image to the registry as soon as it is built</source>
        <translation>Отправлять каждый образ в реестр сразу после сборки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build Args…</source>
        <translation>Аргументы сборки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build args for the next queue, above the manifest&apos;s</source>
        <translation>Аргументы сборки для следующей очереди, поверх значений из манифеста</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The registry to push to (host[:port]); empty: the manifest&apos;s</source>
        <translation>Реестр для отправки (host[:port]); пусто — реестр из манифеста</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jobs:</source>
        <translation>Параллельно:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Builds at once; Auto: as many as the engine has CPUs (at least two)</source>
        <translation>Сколько сборок выполнять одновременно; «Авто» — столько, сколько у движка процессоров (не меньше двух)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>This workspace has no images.</source>
        <translation>В этой рабочей области нет образов.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 has not been built in this session.</source>
        <translation>%1 ещё не собирался в этом сеансе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No output: %1</source>
        <translation>Нет вывода: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No output yet.</source>
        <translation>Вывода пока нет.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>A build queue is running: cancel it or wait until it ends.</source>
        <translation>Очередь сборки уже выполняется: отмените её или дождитесь завершения.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select the images to build in the graph or the table first.</source>
        <translation>Сначала выберите образы для сборки в графе или таблице.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing was built: %1</source>
        <translation>Ничего не собрано: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is nothing to build.</source>
        <translation>Собирать нечего.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Asking the Docker engine at %1…</source>
        <translation>Обращение к движку Docker по адресу %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Building %n image(s)</source>
        <translation>
            <numerusform>Собирается %n образ</numerusform>
            <numerusform>Собираются %n образа</numerusform>
            <numerusform>Собираются %n образов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n at once</source>
        <translation>
            <numerusform>%n одновременно</numerusform>
            <numerusform>%n одновременно</numerusform>
            <numerusform>%n одновременно</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The build queue finished: every image is built.</source>
        <translation>Очередь сборки завершена: все образы собраны.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The build queue finished with problems: %1</source>
        <translation>Очередь сборки завершена с проблемами: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build finished</source>
        <translation>Сборка завершена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build finished with problems</source>
        <translation>Сборка завершена с проблемами</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Retrying %n image(s)</source>
        <translation>
            <numerusform>Повтор сборки %n образа</numerusform>
            <numerusform>Повтор сборки %n образов</numerusform>
            <numerusform>Повтор сборки %n образов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Resume</source>
        <translation>Продол&amp;жить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused: running builds go on, no new one starts.</source>
        <translation>Приостановлено: запущенные сборки продолжаются, новые не запускаются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resumed.</source>
        <translation>Продолжено.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>registry host:port</source>
        <translation>реестр host:port</translation>
    </message>
</context>
<context>
    <name>ws::CatalogueModels</name>
    <message>
        <location filename="../gui/explorer/CatalogueModels.cpp" line="+38"/>
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pattern</source>
        <translation>Маска</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>Образы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pattern</source>
        <translation>маска</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unit</source>
        <translation>Юнит</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unit</source>
        <translation>юнит</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>template</source>
        <translation>шаблон</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>instance</source>
        <translation>экземпляр</translation>
    </message>
</context>
<context>
    <name>ws::CephProbe</name>
    <message>
        <location filename="../core/infra/CephProbe.cpp" line="+97"/>
        <source>%1 is not a URL: %2</source>
        <translation>%1 — не URL: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 answered HTTP %2: a standby manager answers with an error; probe the active one (`ceph mgr services` lists its prometheus URL)</source>
        <translation>%1 ответил HTTP %2: резервный менеджер отвечает ошибкой; проверяйте активный (`ceph mgr services` показывает его URL prometheus)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the manager&apos;s prometheus endpoint could not be read: %1. Check that the module is on (`ceph mgr module enable prometheus`) and the port (9283).</source>
        <translation>не удалось прочитать конечную точку prometheus менеджера: %1. Проверьте, что модуль включён (`ceph mgr module enable prometheus`), и порт (9283).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not serve Prometheus metrics: %2</source>
        <translation>%1 не отдаёт метрики Prometheus: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 serves metrics without ceph_health_status: it is not a Ceph manager&apos;s prometheus module</source>
        <translation>%1 отдаёт метрики без ceph_health_status: это не модуль prometheus менеджера Ceph</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>in quorum</source>
        <translation>в кворуме</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>out of quorum</source>
        <translation>вне кворума</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>up</source>
        <translation>работает</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>не работает</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in</source>
        <translation>в кластере (in)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>out</source>
        <translation>выведен (out)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1; %2/%3 monitors in quorum, %4/%5 OSDs up</source>
        <translation>%1; мониторов в кворуме: %2/%3, работающих OSD: %4/%5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; checks: %2 (see `ceph health detail`)</source>
        <translation>%1; проверки: %2 (см. `ceph health detail`)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 sent &quot;%2&quot;, not a Ceph monitor&apos;s banner: check the address (monitors listen on 3300 and 6789)</source>
        <translation>%1 прислал &quot;%2&quot; — это не приветствие монитора Ceph: проверьте адрес (мониторы слушают порты 3300 и 6789)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>monitor accepts connections (messenger %1); health needs the manager&apos;s prometheus endpoint</source>
        <translation>монитор принимает соединения (messenger %1); для состояния нужна конечная точка prometheus менеджера</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>connection to %1 refused: no monitor listens there. Check that ceph-mon runs and the port (3300 for messenger v2, 6789 for v1).</source>
        <translation>соединение с %1 отклонено: там не слушает ни один монитор. Проверьте, что ceph-mon запущен, и порт (3300 для messenger v2, 6789 для v1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the connection before it sent a banner: it is not a Ceph monitor</source>
        <translation>%1 закрыл соединение, не прислав приветствие: это не монитор Ceph</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not read from %1: %2</source>
        <translation>не удалось прочитать данные от %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the ceph command could not be run (%1): install ceph-common, or probe the manager&apos;s prometheus endpoint instead</source>
        <translation>не удалось запустить команду ceph (%1): установите ceph-common или проверяйте вместо этого конечную точку prometheus менеджера</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>`ceph status` failed (exit %1): %2. Check the configuration file, the keyring and that the monitors run.</source>
        <translation>`ceph status` завершилась с ошибкой (код выхода %1): %2. Проверьте файл конфигурации, keyring и то, что мониторы работают.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no message</source>
        <translation>нет сообщения</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1; monitors in quorum: %2</source>
        <translation>%1; мониторы в кворуме: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ws::CephPrometheusText</name>
    <message>
        <location filename="../core/infra/CephPrometheusText.cpp" line="+29"/>
        <source>line %1 is not a metric: %2</source>
        <translation>строка %1 не является метрикой: %2</translation>
    </message>
</context>
<context>
    <name>ws::CephStatusJson</name>
    <message>
        <location filename="../core/infra/CephStatusJson.cpp" line="+18"/>
        <source>`ceph status` did not print a JSON object (%1)</source>
        <translation>`ceph status` не вывела объект JSON (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another JSON value</source>
        <translation>другое значение JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>`ceph status` has neither health.status nor health.overall_status</source>
        <translation>в `ceph status` нет ни health.status, ни health.overall_status</translation>
    </message>
</context>
<context>
    <name>ws::DeployConnectionDialog</name>
    <message>
        <location filename="../gui/deploy/DeployConnectionDialog.cpp" line="+21"/>
        <source>Connect to fleet</source>
        <translation>Подключение к fleet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fleet&apos;s API as the cluster host sees it when a tunnel is used</source>
        <translation>API fleet с точки зрения узла кластера, если используется туннель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Through an SSH tunnel</source>
        <translation>Через туннель SSH</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>user@host[:port]</source>
        <translation>user@host[:port]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ssh&apos;s default keys</source>
        <translation>ключи ssh по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity File</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>-o UserKnownHostsFile=… -F config</source>
        <translation>-o UserKnownHostsFile=… -F config</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Host:</source>
        <translation>&amp;Узел:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity file:</source>
        <translation>&amp;Файл ключа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh &amp;options:</source>
        <translation>П&amp;араметры ssh:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fleet &amp;endpoint:</source>
        <translation>&amp;Конечная точка fleet:</translation>
    </message>
</context>
<context>
    <name>ws::DeployDiffDialog</name>
    <message>
        <location filename="../gui/deploy/DeployDiffDialog.cpp" line="+17"/>
        <source>%1: fleet against the workspace</source>
        <translation>%1: fleet в сравнении с рабочей областью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fleet cannot change a unit in place. To deploy the workspace&apos;s file, use Update (destroy, then submit again).</source>
        <translation>fleet не умеет изменять юнит на месте. Чтобы развернуть файл рабочей области, используйте «Заменить» (уничтожить, затем отправить снова).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on fleet</source>
        <translation>в fleet</translation>
    </message>
</context>
<context>
    <name>ws::DeployGenerateDialog</name>
    <message>
        <location filename="../gui/deploy/DeployGenerateDialog.cpp" line="+28"/>
        <source>Generate Unit File</source>
        <translation>Создание файла юнита</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (has a unit)</source>
        <translation>%1 (юнит уже есть)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance &amp;template (name@.service, instances conflict)</source>
        <translation>&amp;Шаблон экземпляров (name@.service, экземпляры конфликтуют)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Global (one on every machine)</source>
        <translation>&amp;Глобальный (по одному на каждой машине)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Image:</source>
        <translation>&amp;Образ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as:</source>
        <translation>Сохраняется как:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The workspace has no image to make a unit for.</source>
        <translation>В рабочей области нет образа, для которого можно создать юнит.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (exists: saving replaces it)</source>
        <translation>%1 (существует: при сохранении будет заменён)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace Unit File</source>
        <translation>Замена файла юнита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exists. Replace it with the generated unit? Its contents are lost.</source>
        <translation>%1 уже существует. Заменить его созданным юнитом? Его содержимое будет потеряно.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: %2. Check that the folder exists and is writable.</source>
        <translation>Не удаётся записать %1: %2. Проверьте, что папка существует и доступна для записи.</translation>
    </message>
</context>
<context>
    <name>ws::DeployImageDialog</name>
    <message>
        <location filename="../gui/deploy/DeployImageDialog.cpp" line="+18"/>
        <source>Point at Built Image</source>
        <translation>Переключение на собранный образ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 runs the image named by an etcd key. Write another image name into the key, then restart the unit to run it.</source>
        <translation>%1 запускает образ, имя которого задано в ключе etcd. Запишите в ключ имя другого образа, затем перезапустите юнит, чтобы он запустил этот образ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not set)</source>
        <translation>(не задан)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Point and Restart…</source>
        <translation>&amp;Переключить и перезапустить…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now:</source>
        <translation>Сейчас:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image:</source>
        <translation>&amp;Образ:</translation>
    </message>
</context>
<context>
    <name>ws::DeployMatrixProxy</name>
    <message>
        <location filename="../gui/deploy/DeployMatrixProxy.cpp" line="+27"/>
        <source>%1 (differs from workspace)</source>
        <translation>%1 (отличается от рабочей области)</translation>
    </message>
</context>
<context>
    <name>ws::DeployPreviewDialog</name>
    <message>
        <location filename="../gui/deploy/DeployPreviewDialog.cpp" line="+18"/>
        <source>Deploy Preview</source>
        <translation>Предпросмотр развёртывания</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit</source>
        <translation>Юнит</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Can land on</source>
        <translation>Может быть размещён на</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nowhere: a template is stored, only its instances run</source>
        <translation>нигде: шаблон только хранится, работают лишь его экземпляры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every machine that matches (global): %1</source>
        <translation>каждая подходящая машина (глобальный): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of: %1</source>
        <translation>одна из: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nowhere: %1</source>
        <translation>нигде: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n unit(s) on fleet differ from the workspace and will be destroyed and submitted again (they stop meanwhile).</source>
        <translation>
            <numerusform>%n юнит в fleet отличается от рабочей области и будет уничтожен и отправлен снова (на это время он остановится).</numerusform>
            <numerusform>%n юнита в fleet отличаются от рабочей области и будут уничтожены и отправлены снова (на это время они остановятся).</numerusform>
            <numerusform>%n юнитов в fleet отличаются от рабочей области и будут уничтожены и отправлены снова (на это время они остановятся).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n unit(s) can land on no machine: fleet accepts them but never starts them.</source>
        <translation>
            <numerusform>%n юнит не может быть размещён ни на одной машине: fleet примет его, но никогда не запустит.</numerusform>
            <numerusform>%n юнита не могут быть размещены ни на одной машине: fleet примет их, но никогда не запустит.</numerusform>
            <numerusform>%n юнитов не могут быть размещены ни на одной машине: fleet примет их, но никогда не запустит.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Развернуть</translation>
    </message>
</context>
<context>
    <name>ws::DeployView</name>
    <message>
        <location filename="../gui/deploy/DeployView.cpp" line="+119"/>
        <source>fleet:</source>
        <translation>fleet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fleet&apos;s API: unix:///path/to/fleet.sock or http://host:port (FLEETCTL_ENDPOINT by default)</source>
        <translation>API fleet: unix:///path/to/fleet.sock или http://host:port (по умолчанию FLEETCTL_ENDPOINT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+389"/>
        <source>typed</source>
        <translation>поля ввода</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>T&amp;unnel…</source>
        <translation>Ту&amp;ннель…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection settings: the endpoint, and an SSH tunnel to a cluster host (FLEETCTL_TUNNEL) with its identity file and ssh options</source>
        <translation>Параметры подключения: конечная точка и туннель SSH к узлу кластера (FLEETCTL_TUNNEL) с файлом ключа и параметрами ssh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read every</source>
        <translation>Опрашивать каждые</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often fleet is asked for the units&apos; states</source>
        <translation>Как часто запрашивать у fleet состояния юнитов</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Submit</source>
        <translation>Отп&amp;равить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected workspace units on fleet, inactive</source>
        <translation>Отправить выбранные юниты рабочей области в fleet в неактивном состоянии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule the selected units on machines without starting them</source>
        <translation>Разместить выбранные юниты на машинах, не запуская их</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tart</source>
        <translation>Зап&amp;устить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the selected units (submitting them first when needed)</source>
        <translation>Запустить выбранные юниты (при необходимости сначала отправив их)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;op</source>
        <translation>Ос&amp;тановить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the selected units</source>
        <translation>Остановить выбранные юниты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unload</source>
        <translation>Вы&amp;грузить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected units off their machines</source>
        <translation>Снять выбранные юниты с их машин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Destroy…</source>
        <translation>Уни&amp;чтожить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected units from fleet</source>
        <translation>Удалить выбранные юниты из fleet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;Instances…</source>
        <translation>Запустить &amp;экземпляры…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start name@1 … name@N of the selected template</source>
        <translation>Запустить name@1 … name@N выбранного шаблона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Di&amp;ff…</source>
        <translation>Раз&amp;личия…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how the unit on fleet differs from the workspace&apos;s file</source>
        <translation>Показать, чем юнит в fleet отличается от файла рабочей области</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U&amp;pdate…</source>
        <translation>За&amp;менить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace changed units on fleet by the workspace&apos;s files (destroy, then submit again)</source>
        <translation>Заменить изменённые юниты в fleet файлами рабочей области (уничтожить, затем отправить снова)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Generate Unit…</source>
        <translation>&amp;Создать юнит…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a unit file for a workspace image that has none</source>
        <translation>Создать файл юнита для образа рабочей области, у которого его нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point at &amp;Built Image…</source>
        <translation>Переключить на собранный о&amp;браз…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a freshly built image&apos;s name into the etcd key the unit reads its image from, then restart the unit</source>
        <translation>Записать имя только что собранного образа в ключ etcd, из которого юнит берёт свой образ, затем перезапустить юнит</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Workspace unit</source>
        <translation>Юнит рабочей области</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On fleet</source>
        <translation>В fleet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Machine</source>
        <translation>Машина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter units</source>
        <translation>Фильтр юнитов</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a unit to see its options and states.</source>
        <translation>Выберите юнит, чтобы увидеть его параметры и состояния.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>fleet at %1 is reached over the network without authentication or encryption: anyone who can reach it can change the cluster. Use a unix socket or an SSH tunnel (FLEETCTL_TUNNEL) instead.</source>
        <translation>Подключение к fleet на %1 идёт по сети без аутентификации и шифрования: любой, кто может до него добраться, может изменить кластер. Используйте вместо этого unix-сокет или туннель SSH (FLEETCTL_TUNNEL).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot use the fleet endpoint from %1: %2 Set FLEETCTL_ENDPOINT or type an address such as unix:///var/run/fleet.sock.</source>
        <translation>Не удаётся использовать конечную точку fleet из %1: %2 Задайте FLEETCTL_ENDPOINT или введите адрес, например unix:///var/run/fleet.sock.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connecting to fleet at %1…</source>
        <translation>Подключение к fleet на %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No SSH tunnel to %1: %2</source>
        <translation>Нет туннеля SSH к %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+27"/>
        <source>SSH tunnel to %1: connecting…</source>
        <translation>Туннель SSH к %1: подключение…</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>SSH tunnel to %1: up (local port %2).</source>
        <translation>Туннель SSH к %1: работает (локальный порт %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tunnel to %1</source>
        <translation>туннель к %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SSH tunnel to %1: ssh exited (%2); restarting…</source>
        <translation>Туннель SSH к %1: ssh завершился (%2); перезапуск…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH tunnel to %1 failed: %2</source>
        <translation>Сбой туннеля SSH к %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening an SSH tunnel to %1 for fleet at %2…</source>
        <translation>Открытие туннеля SSH к %1 для fleet на %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n юнит</numerusform>
            <numerusform>%n юнита</numerusform>
            <numerusform>%n юнитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n машина</numerusform>
            <numerusform>%n машины</numerusform>
            <numerusform>%n машин</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fleet at %1: %2 on %3, read at %4.</source>
        <translation>fleet на %1: %2, %3; прочитано в %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, differs</source>
        <translation>%1, отличается</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n экземпляр</numerusform>
            <numerusform>%n экземпляра</numerusform>
            <numerusform>%n экземпляров</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1:1: %2 is an instance of %3, which the workspace does not have; add the template or give the instance its own contents.</source>
        <translation>%1:1: %2 — экземпляр шаблона %3, которого нет в рабочей области; добавьте шаблон или задайте экземпляру собственное содержимое.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unit file refused</source>
        <translation>Файл юнита отклонён</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Nothing was sent to fleet: %n unit file(s) cannot be deployed as they are. Fix them and reload the workspace:
%1</source>
        <translation>
            <numerusform>В fleet ничего не отправлено: %n файл юнита нельзя развернуть в текущем виде. Исправьте ошибки и перезагрузите рабочую область:
%1</numerusform>
            <numerusform>В fleet ничего не отправлено: %n файла юнитов нельзя развернуть в текущем виде. Исправьте ошибки и перезагрузите рабочую область:
%1</numerusform>
            <numerusform>В fleet ничего не отправлено: %n файлов юнитов нельзя развернуть в текущем виде. Исправьте ошибки и перезагрузите рабочую область:
%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: done.</source>
        <translation>%1: готово.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is a template: start instances of it instead</source>
        <translation>%1 — шаблон: вместо него запустите его экземпляры</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already on fleet</source>
        <translation>%1 уже есть в fleet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 on fleet differs from the workspace&apos;s file; use Update… to replace it</source>
        <translation>%1 в fleet отличается от файла рабочей области; чтобы заменить его, используйте «Заменить…»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no unit file in the workspace</source>
        <translation>для %1 нет файла юнита в рабочей области</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Starting %n unit(s)</source>
        <translation>
            <numerusform>Запуск %n юнита</numerusform>
            <numerusform>Запуск %n юнитов</numerusform>
            <numerusform>Запуск %n юнитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Loading %n unit(s)</source>
        <translation>
            <numerusform>Загрузка %n юнита</numerusform>
            <numerusform>Загрузка %n юнитов</numerusform>
            <numerusform>Загрузка %n юнитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Submitting %n unit(s)</source>
        <translation>
            <numerusform>Отправка %n юнита</numerusform>
            <numerusform>Отправка %n юнитов</numerusform>
            <numerusform>Отправка %n юнитов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: cancelled, nothing was sent.</source>
        <translation>%1: отменено, ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+28"/>
        <source>None of the selected units is on fleet.</source>
        <translation>Ни одного из выбранных юнитов нет в fleet.</translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <source>Unloading %n unit(s)</source>
        <translation>
            <numerusform>Выгрузка %n юнита</numerusform>
            <numerusform>Выгрузка %n юнитов</numerusform>
            <numerusform>Выгрузка %n юнитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Stopping %n unit(s)</source>
        <translation>
            <numerusform>Остановка %n юнита</numerusform>
            <numerusform>Остановка %n юнитов</numerusform>
            <numerusform>Остановка %n юнитов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Destroy Units</source>
        <translation>Уничтожение юнитов</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Destroy %n unit(s) on fleet? They stop and are removed from the cluster:
%1</source>
        <translation>
            <numerusform>Уничтожить %n юнит в fleet? Он будет остановлен и удалён из кластера:
%1</numerusform>
            <numerusform>Уничтожить %n юнита в fleet? Они будут остановлены и удалены из кластера:
%1</numerusform>
            <numerusform>Уничтожить %n юнитов в fleet? Они будут остановлены и удалены из кластера:
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Destroying %n unit(s)</source>
        <translation>
            <numerusform>Уничтожение %n юнита</numerusform>
            <numerusform>Уничтожение %n юнитов</numerusform>
            <numerusform>Уничтожение %n юнитов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select one template (name@.service) to start instances of.</source>
        <translation>Выберите один шаблон (name@.service), экземпляры которого нужно запустить.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was sent to fleet:
%1</source>
        <translation>В fleet ничего не отправлено:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace has no file for %1: instances are made from it.</source>
        <translation>В рабочей области нет файла для %1, а экземпляры создаются из него.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start Instances</source>
        <translation>Запуск экземпляров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many instances of %1? They are named %2 and so on.</source>
        <translation>Сколько экземпляров %1 запустить? Они будут называться %2 и так далее.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Starting %n instance(s) of %1</source>
        <translation>
            <numerusform>Запуск %n экземпляра %1</numerusform>
            <numerusform>Запуск %n экземпляров %1</numerusform>
            <numerusform>Запуск %n экземпляров %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None of the selected units differs from the workspace.</source>
        <translation>Ни один из выбранных юнитов не отличается от рабочей области.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update Units</source>
        <translation>Замена юнитов</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>fleet cannot change a unit in place. Destroy %n unit(s) and submit the workspace&apos;s files again, in the same desired state? They stop meanwhile:
%1</source>
        <translation>
            <numerusform>fleet не умеет изменять юнит на месте. Уничтожить %n юнит и снова отправить его файл из рабочей области с тем же желаемым состоянием? На это время он будет остановлен:
%1</numerusform>
            <numerusform>fleet не умеет изменять юнит на месте. Уничтожить %n юнита и снова отправить их файлы из рабочей области с тем же желаемым состоянием? На это время они будут остановлены:
%1</numerusform>
            <numerusform>fleet не умеет изменять юнит на месте. Уничтожить %n юнитов и снова отправить их файлы из рабочей области с тем же желаемым состоянием? На это время они будут остановлены:
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Updating %n unit(s)</source>
        <translation>
            <numerusform>Замена %n юнита</numerusform>
            <numerusform>Замена %n юнитов</numerusform>
            <numerusform>Замена %n юнитов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not both on fleet and in the workspace.</source>
        <translation>%1 отсутствует в fleet или в рабочей области.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;Desired: &lt;b&gt;%1&lt;/b&gt;, current: &lt;b&gt;%2&lt;/b&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Желаемое: &lt;b&gt;%1&lt;/b&gt;, текущее: &lt;b&gt;%2&lt;/b&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, on machine %1</source>
        <translation>, на машине %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Not on fleet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Нет в fleet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Workspace file: %1%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Файл рабочей области: %1%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — &lt;b&gt;differs from the unit on fleet&lt;/b&gt; (Diff…, Update…)</source>
        <translation> — &lt;b&gt;отличается от юнита в fleet&lt;/b&gt; (Различия…, Заменить…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;On machines&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;На машинах&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;p&gt;&lt;b&gt;Why it is not running&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Почему он не работает&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;&lt;b&gt;Options&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Параметры&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot read %1 back: %2</source>
        <translation>Не удаётся прочитать %1 после записи: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote %1.</source>
        <translation>Записан %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot read image keys from etcd at %1: %2 Set ETCDCTL_ENDPOINTS or connect the etcd view.</source>
        <translation>Не удаётся прочитать ключи образов из etcd на %1: %2 Задайте ETCDCTL_ENDPOINTS или подключитесь к etcd на вкладке «Конфигурация».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;p&gt;&lt;b&gt;Image&lt;/b&gt; from etcd key &lt;tt&gt;%1&lt;/tt&gt;: </source>
        <translation>&lt;p&gt;&lt;b&gt;Образ&lt;/b&gt; из ключа etcd &lt;tt&gt;%1&lt;/tt&gt;: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connecting to etcd…</source>
        <translation>подключение к etcd…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>reading…</source>
        <translation>чтение…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;not set&lt;/b&gt; (the unit cannot pull its image)</source>
        <translation>&lt;b&gt;не задан&lt;/b&gt; (юнит не сможет загрузить свой образ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;br&gt;It also reads %1.</source>
        <translation>&lt;br&gt;Юнит также читает %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not read its image from an etcd key.</source>
        <translation>%1 не берёт свой образ из ключа etcd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected to etcd yet; try again in a moment.</source>
        <translation>Подключение к etcd ещё не установлено; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the name the workspace gives %1</source>
        <translation>имя, которое рабочая область даёт %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Point at Built Image</source>
        <translation>Переключение на собранный образ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Write %1 into %2 (now: %3) and restart %n unit(s)? Each is stopped, and started again once it has stopped:
%4</source>
        <translation>
            <numerusform>Записать %1 в %2 (сейчас: %3) и перезапустить %n юнит? Он будет остановлен и снова запущен после остановки:
%4</numerusform>
            <numerusform>Записать %1 в %2 (сейчас: %3) и перезапустить %n юнита? Каждый будет остановлен и снова запущен после остановки:
%4</numerusform>
            <numerusform>Записать %1 в %2 (сейчас: %3) и перезапустить %n юнитов? Каждый будет остановлен и снова запущен после остановки:
%4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1 from etcd: %2</source>
        <translation>Не удаётся прочитать %1 из etcd: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>latest successful build, %1</source>
        <translation>последняя успешная сборка, %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing %1 into %2…</source>
        <translation>Запись %1 в %2…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2 Nothing was restarted.</source>
        <translation>Не удаётся записать %1: %2 Ничего не перезапущено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by someone else meanwhile (now: %2); nothing was written or restarted. Look at it again and retry.</source>
        <translation>Тем временем %1 изменил кто-то другой (сейчас: %2); ничего не записано и не перезапущено. Проверьте значение ещё раз и повторите попытку.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 now names %2; %3 is not running on fleet, so nothing was restarted.</source>
        <translation>%1 теперь указывает на %2; %3 не работает в fleet, поэтому ничего не перезапущено.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Pointing %1 at %2 and restarting %n unit(s)</source>
        <translation>
            <numerusform>Переключение %1 на %2 и перезапуск %n юнита</numerusform>
            <numerusform>Переключение %1 на %2 и перезапуск %n юнитов</numerusform>
            <numerusform>Переключение %1 на %2 и перезапуск %n юнитов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::DetailsHtml</name>
    <message>
        <location filename="../gui/explorer/DetailsHtml.cpp" line="+64"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+129"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: the workspace uses this image but does not build it</source>
        <translation>нет: рабочая область использует этот образ, но не собирает его</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variables</source>
        <translation>Переменные</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>external</source>
        <translation>внешний</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FROM chain</source>
        <translation>Цепочка FROM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FROM %1 (line %2)</source>
        <translation>FROM %1 (строка %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FROM %1 AS %2 (line %3)</source>
        <translation>FROM %1 AS %2 (строка %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages:</source>
        <translation>Стадии:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+37"/>
        <source>Images built on it</source>
        <translation>Образы на его основе</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Exposed ports</source>
        <translation>Открытые порты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>Окружение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>etcd keys its templates read</source>
        <translation>Ключи etcd, которые читают его шаблоны</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confd templates</source>
        <translation>Шаблоны confd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload</source>
        <translation>Перезагрузка</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An external base image: the workspace builds on it but does not produce it.</source>
        <translation>Внешний базовый образ: рабочая область использует его как основу, но сама его не собирает.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A pattern: the templates read every key it matches.</source>
        <translation>Маска: шаблоны читают все ключи, которые ей соответствуют.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read by images</source>
        <translation>Читают образы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read by templates</source>
        <translation>Читают шаблоны</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a plain unit</source>
        <translation>обычный юнит</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a template: instances are named %1@N.%2</source>
        <translation>шаблон: экземпляры называются %1@N.%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>instance %1 of the template %2</source>
        <translation>экземпляр %1 шаблона %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Images</source>
        <translation>Образы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External bases</source>
        <translation>Внешние базовые образы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys read by templates</source>
        <translation>Ключи, которые читают шаблоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit files</source>
        <translation>Файлы юнитов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an image in the graph or in a list to see its details.</source>
        <translation>Выберите образ на графе или в списке, чтобы увидеть подробности.</translation>
    </message>
</context>
<context>
    <name>ws::DnsMessage</name>
    <message>
        <location filename="../core/infra/DnsMessage.cpp" line="+43"/>
        <source>the DNS message is %1 bytes, shorter than its 12-byte header</source>
        <translation>DNS-сообщение имеет размер %1 байт — меньше его 12-байтового заголовка</translation>
    </message>
</context>
<context>
    <name>ws::DnsQuery</name>
    <message>
        <location filename="../core/infra/DnsQuery.cpp" line="+24"/>
        <source>&quot;%1&quot; is not a valid domain name</source>
        <translation>&quot;%1&quot; — недопустимое доменное имя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is longer than a domain name may be (255 bytes)</source>
        <translation>&quot;%1&quot; длиннее, чем допускается для доменного имени (255 байт)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has an empty label or one over 63 characters</source>
        <translation>в &quot;%1&quot; есть пустая метка или метка длиннее 63 символов</translation>
    </message>
</context>
<context>
    <name>ws::DockerBuildJob</name>
    <message>
        <location filename="../core/docker/DockerBuildJob.cpp" line="+126"/>
        <source>step %1/%2 (%3)</source>
        <translation>шаг %1/%2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The build at %1 was cancelled</source>
        <translation>Сборка на %1 отменена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The engine at %1 refused the build before it started (HTTP %2): %3</source>
        <translation>Движок на %1 отклонил сборку до её начала (HTTP %2): %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>The build failed: %1</source>
        <translation>Сборка не удалась: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The build stalled: the engine at %1 sent nothing for %2 s. Check the engine, or raise the build&apos;s idle timeout</source>
        <translation>Сборка зависла: движок на %1 ничего не присылал в течение %2 с. Проверьте движок или увеличьте тайм-аут простоя сборки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The engine at %1 closed the connection during the build (did it stop or restart?). Retry the build</source>
        <translation>Движок на %1 закрыл соединение во время сборки (он остановился или перезапустился?). Повторите сборку</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The engine at %1 ended the build stream without an image ID: the connection was dropped or the engine restarted. Retry the build.</source>
        <translation>Движок на %1 завершил поток сборки без ID образа: соединение было разорвано или движок перезапустился. Повторите сборку.</translation>
    </message>
</context>
<context>
    <name>ws::DockerBuildRunner</name>
    <message>
        <location filename="../core/build/DockerBuildRunner.cpp" line="+132"/>
        <source>%1 is not an image this workspace builds.</source>
        <translation>%1 — не образ, который собирает эта рабочая область.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No Docker engine is set.</source>
        <translation>Движок Docker не задан.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking up the parent image %1</source>
        <translation>Поиск родительского образа %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Base image %1 is not on the engine; pull it or build it.</source>
        <translation>Базового образа %1 нет на движке; загрузите или соберите его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent image %1 is not on the engine; build it first.</source>
        <translation>Родительского образа %1 нет на движке; сначала соберите его.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot look up the parent image %1: %2</source>
        <translation>Не удалось найти родительский образ %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+6"/>
        <location line="+117"/>
        <location line="+36"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+56"/>
        <source>Cannot read the build context: %1</source>
        <translation>Не удалось прочитать контекст сборки: %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Up to date (%1).</source>
        <translation>Актуален (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot look up %1 on the engine: %2</source>
        <translation>Не удалось найти %1 на движке: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Building %1</source>
        <translation>Сборка %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The build context could not be sent: %1</source>
        <translation>Не удалось отправить контекст сборки: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Built %1 (%2).</source>
        <translation>Собран %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ws::DockerClient</name>
    <message>
        <location filename="../core/docker/DockerClient.cpp" line="+119"/>
        <source>GET /version at %1 did not answer a JSON object (%2). Is this a Docker engine?</source>
        <translation>GET /version на %1 вернул не объект JSON (%2). Это действительно Docker engine?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>GET /version at %1 answered without Version and ApiVersion. Is this a Docker engine?</source>
        <translation>GET /version на %1 вернул ответ без Version и ApiVersion. Это действительно Docker engine?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>GET /info at %1 did not answer a JSON object with NCPU. Is this a Docker engine?</source>
        <translation>GET /info по адресу %1 не вернул JSON-объект с NCPU. Это точно движок Docker?</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The build has no context to send.</source>
        <translation>У сборки нет контекста для передачи.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The engine at %1 described image %2 without an ID.</source>
        <translation>Движок на %1 вернул описание образа %2 без ID.</translation>
    </message>
</context>
<context>
    <name>ws::DockerProbe</name>
    <message>
        <location filename="../core/infra/DockerProbe.cpp" line="+35"/>
        <source>the probe target</source>
        <translation>цели проверки</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The Docker engine at %1 did not answer GET /_ping. Check the address and that dockerd runs.</source>
        <translation>Движок Docker на %1 не ответил на GET /_ping. Проверьте адрес и то, что dockerd запущен.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answered GET /_ping with HTTP %2 but not as a Docker engine does. Is this the engine&apos;s address?</source>
        <translation>%1 ответил на GET /_ping кодом HTTP %2, но не так, как отвечает движок Docker. Это точно адрес движка?</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The Docker engine answers but reports a problem (GET /_ping: HTTP %1).</source>
        <translation>Движок Docker отвечает, но сообщает о проблеме (GET /_ping: HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n container(s) running</source>
        <translation>
            <numerusform>работает %n контейнер</numerusform>
            <numerusform>работают %n контейнера</numerusform>
            <numerusform>работают %n контейнеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n in all</source>
        <translation>
            <numerusform>, всего %n</numerusform>
            <numerusform>, всего %n</numerusform>
            <numerusform>, всего %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answers; the container list failed: %1</source>
        <translation>отвечает; не удалось получить список контейнеров: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>ws::DockerPushJob</name>
    <message>
        <location filename="../core/docker/DockerPushJob.cpp" line="+51"/>
        <source>The push of %1 was cancelled.</source>
        <translation>Отправка %1 отменена.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The engine at %1 refused to push %2 (HTTP %3): %4</source>
        <translation>Движок на %1 отказался отправлять %2 (HTTP %3): %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Pushing %1 failed: %2</source>
        <translation>Не удалось отправить %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pushing %1 did not finish: the engine at %2 ended the stream without the registry&apos;s digest. Retry the push.</source>
        <translation>Отправка %1 не завершилась: движок на %2 завершил поток, не передав дайджест от реестра. Повторите отправку.</translation>
    </message>
</context>
<context>
    <name>ws::EtcdBrowser</name>
    <message>
        <location filename="../gui/etcd/EtcdBrowser.cpp" line="+35"/>
        <source>Filter keys</source>
        <translation>Фильтр ключей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by regular expression</source>
        <translation>Фильтровать по регулярному выражению</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search in values (Enter)</source>
        <translation>Поиск в значениях (Enter)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listing keys: %1 of %2…</source>
        <translation>Получение списка ключей: %1 из %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n key(s) at revision %1; following changes.</source>
        <translation>
            <numerusform>%n ключ на ревизии %1; изменения отслеживаются.</numerusform>
            <numerusform>%n ключа на ревизии %1; изменения отслеживаются.</numerusform>
            <numerusform>%n ключей на ревизии %1; изменения отслеживаются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Listed again at revision %1: %n change(s) caught up.</source>
        <translation>
            <numerusform>Список получен заново на ревизии %1: учтено %n изменение.</numerusform>
            <numerusform>Список получен заново на ревизии %1: учтено %n изменения.</numerusform>
            <numerusform>Список получен заново на ревизии %1: учтено %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection lost (%1); reconnecting…</source>
        <translation>Соединение потеряно (%1); повторное подключение…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconnected; following changes.</source>
        <translation>Подключение восстановлено; изменения отслеживаются.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n value(s) match</source>
        <translation>
            <numerusform>%n значение совпадает</numerusform>
            <numerusform>%n значения совпадают</numerusform>
            <numerusform>%n значений совпадают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> out of %n key(s) searched.</source>
        <translation>
            <numerusform> из %n просмотренного ключа.</numerusform>
            <numerusform> из %n просмотренных ключей.</numerusform>
            <numerusform> из %n просмотренных ключей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listing keys…</source>
        <translation>Получение списка ключей…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Connect to etcd to search in values.</source>
        <translation>Подключитесь к etcd, чтобы искать в значениях.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Searching in values…</source>
        <translation>Поиск в значениях…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n key(s) match.</source>
        <translation>
            <numerusform>%n ключ совпадает.</numerusform>
            <numerusform>%n ключа совпадают.</numerusform>
            <numerusform>%n ключей совпадают.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdCataloguePanel</name>
    <message>
        <location filename="../gui/etcd/EtcdCataloguePanel.cpp" line="+33"/>
        <source>Save Missing Keys</source>
        <translation>Сохранить недостающие ключи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>Файлы YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fill Missing Keys…</source>
        <translation>Заполнить недостающие ключи…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All keys</source>
        <translation>Все ключи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Заданные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Отсутствующие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patterns</source>
        <translation>Маски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patterns matching nothing</source>
        <translation>Маски без совпадений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by key</source>
        <translation>Фильтр по ключу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the missing keys to a YAML file to fill in and import</source>
        <translation>Записать недостающие ключи в файл YAML, чтобы заполнить и импортировать его</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stored keys that no template reads, by prefix</source>
        <translation>Ключи в хранилище, которые не читает ни один шаблон, по префиксам</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stored keys no template reads</source>
        <translation>Ключи в хранилище, которые не читает ни один шаблон</translation>
    </message>
    <message numerus="yes">
        <location line="+151"/>
        <source>%1 (%n key(s))</source>
        <translation>
            <numerusform>%1 (%n ключ)</numerusform>
            <numerusform>%1 (%n ключа)</numerusform>
            <numerusform>%1 (%n ключей)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n more key(s) with a lease: written by the cluster (registrator)</source>
        <translation>
            <numerusform>Ещё %n ключ с арендой: записан кластером (registrator)</numerusform>
            <numerusform>Ещё %n ключа с арендой: записаны кластером (registrator)</numerusform>
            <numerusform>Ещё %n ключей с арендой: записаны кластером (registrator)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No workspace: open one to see its templates&apos; keys.</source>
        <translation>Рабочая область не открыта: откройте её, чтобы увидеть ключи, которые читают её шаблоны.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace&apos;s templates read no keys.</source>
        <translation>Шаблоны рабочей области не читают ни одного ключа.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n key(s) read by templates: </source>
        <translation>
            <numerusform>%n ключ, читаемый шаблонами: </numerusform>
            <numerusform>%n ключа, читаемых шаблонами: </numerusform>
            <numerusform>%n ключей, читаемых шаблонами: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n set, </source>
        <translation>
            <numerusform>задано: %n, </numerusform>
            <numerusform>задано: %n, </numerusform>
            <numerusform>задано: %n, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n missing, </source>
        <translation>
            <numerusform>отсутствует: %n, </numerusform>
            <numerusform>отсутствует: %n, </numerusform>
            <numerusform>отсутствует: %n, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pattern(s) (%1 matching nothing); </source>
        <translation>
            <numerusform>%n маска (без совпадений: %1); </numerusform>
            <numerusform>%n маски (без совпадений: %1); </numerusform>
            <numerusform>%n масок (без совпадений: %1); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stored key(s) no template reads</source>
        <translation>
            <numerusform>%n ключ в хранилище не читает ни один шаблон</numerusform>
            <numerusform>%n ключа в хранилище не читает ни один шаблон</numerusform>
            <numerusform>%n ключей в хранилище не читает ни один шаблон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n more owned by the cluster</source>
        <translation>
            <numerusform>, ещё %n принадлежит кластеру</numerusform>
            <numerusform>, ещё %n принадлежат кластеру</numerusform>
            <numerusform>, ещё %n принадлежат кластеру</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shown</source>
        <translation>
            <numerusform>показано: %n</numerusform>
            <numerusform>показано: %n</numerusform>
            <numerusform>показано: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>updating…</source>
        <translation>обновление…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No key is missing: there is nothing to fill in.</source>
        <translation>Недостающих ключей нет: заполнять нечего.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1-missing-keys.yaml</source>
        <translation>%1-missing-keys.yaml</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write the missing keys to %1: %2. Choose another folder.</source>
        <translation>Не удалось записать недостающие ключи в %1: %2. Выберите другую папку.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Wrote %n missing key(s) to %1. Fill in the values, then import the file.</source>
        <translation>
            <numerusform>В %1 записан %n недостающий ключ. Заполните значения, затем импортируйте файл.</numerusform>
            <numerusform>В %1 записано %n недостающих ключа. Заполните значения, затем импортируйте файл.</numerusform>
            <numerusform>В %1 записано %n недостающих ключей. Заполните значения, затем импортируйте файл.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdCataloguePanelModel</name>
    <message numerus="yes">
        <location filename="../gui/etcd/EtcdCataloguePanelModel.cpp" line="+92"/>
        <source>%1, %n owned by the cluster</source>
        <translation>
            <numerusform>%1, %n принадлежит кластеру</numerusform>
            <numerusform>%1, %n принадлежат кластеру</numerusform>
            <numerusform>%1, %n принадлежат кластеру</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1:%2 (%3) in %4</source>
        <translation>%1:%2 (%3) в %4</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n key(s) with a lease: written by the cluster (registrator), not by hand.</source>
        <translation>
            <numerusform>%n ключ с арендой: записан кластером (registrator), а не вручную.</numerusform>
            <numerusform>%n ключа с арендой: записаны кластером (registrator), а не вручную.</numerusform>
            <numerusform>%n ключей с арендой: записаны кластером (registrator), а не вручную.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images</source>
        <translation>Образы</translation>
    </message>
</context>
<context>
    <name>ws::EtcdChainPanel</name>
    <message>
        <location filename="../gui/etcd/EtcdChainPanel.cpp" line="+33"/>
        <source>What the key reaches</source>
        <translation>На что влияет ключ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No key selected</source>
        <translation>Ключ не выбран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a key to see the templates, images and units it reaches.</source>
        <translation>Выберите ключ, чтобы увидеть шаблоны, образы и юниты, на которые он влияет.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+58"/>
        <source>Key %1</source>
        <translation>Ключ %1</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Following the key through the workspace…</source>
        <translation>Отслеживание ключа по рабочей области…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no unit runs this image</source>
        <translation>ни один юнит не запускает этот образ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>runs the image named by %1</source>
        <translation>запускает образ, указанный в %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>runs %1</source>
        <translation>запускает %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reads the key with etcdctl</source>
        <translation>читает ключ через etcdctl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unit %1</source>
        <translation>юнит %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Owned by the cluster: the key has a lease, so registrator (or another agent) writes it and will rewrite or expire it. Edit it by hand only for a test.</source>
        <translation>Принадлежит кластеру: у ключа есть аренда, значит, его записывает registrator (или другой агент), который перезапишет его или даст ему истечь. Изменяйте его вручную только для проверки.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>About %n second(s) left on the lease.</source>
        <translation>
            <numerusform>Аренда истечёт примерно через %n секунду.</numerusform>
            <numerusform>Аренда истечёт примерно через %n секунды.</numerusform>
            <numerusform>Аренда истечёт примерно через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No workspace is open, so nothing is known about who reads %1.</source>
        <translation>Рабочая область не открыта, поэтому неизвестно, кто читает %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No template and no unit of workspace %1 reads %2: changing it touches nothing the workspace knows of.</source>
        <translation>Ни один шаблон и ни один юнит рабочей области %1 не читает %2: его изменение не затрагивает ничего из известного рабочей области.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A change reaches %n template read(s), </source>
        <translation>
            <numerusform>Изменение затрагивает %n чтение в шаблонах, </numerusform>
            <numerusform>Изменение затрагивает %n чтения в шаблонах, </numerusform>
            <numerusform>Изменение затрагивает %n чтений в шаблонах, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n image(s) </source>
        <translation>
            <numerusform>%n образ </numerusform>
            <numerusform>%n образа </numerusform>
            <numerusform>%n образов </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>and %n unit(s).</source>
        <translation>
            <numerusform>и %n юнит.</numerusform>
            <numerusform>и %n юнита.</numerusform>
            <numerusform>и %n юнитов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>template %1 (%2 %3)</source>
        <translation>шаблон %1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>renders %1</source>
        <translation>формирует %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checked with %1</source>
        <translation>проверяется командой %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no reload_cmd: the process keeps the old file until it restarts</source>
        <translation>нет reload_cmd: процесс использует старый файл до перезапуска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>then runs %1</source>
        <translation>затем выполняет %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>image %1</source>
        <translation>образ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image %1 (built on %2)</source>
        <translation>образ %1 (собран на основе %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>units that read the key themselves</source>
        <translation>юниты, которые сами читают ключ</translation>
    </message>
</context>
<context>
    <name>ws::EtcdClient</name>
    <message>
        <location filename="../core/etcd/EtcdClient.cpp" line="+241"/>
        <source>GET /health at %1 answered %2 without a &quot;health&quot; field. Is this an etcd client URL?</source>
        <translation>GET /health на %1 вернул %2 без поля &quot;health&quot;. Это действительно клиентский URL etcd?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the member reports itself unhealthy (HTTP %1)</source>
        <translation>участник кластера сообщает о своей неисправности (HTTP %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>GET /version at %1 answered without &quot;etcdserver&quot;. Is this an etcd client URL?</source>
        <translation>GET /version на %1 вернул ответ без &quot;etcdserver&quot;. Это действительно клиентский URL etcd?</translation>
    </message>
</context>
<context>
    <name>ws::EtcdConflictDialog</name>
    <message>
        <location filename="../gui/etcd/EtcdConflictDialog.cpp" line="+58"/>
        <source>Conflict on %1</source>
        <translation>Конфликт в ключе %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs: the key was deleted</source>
        <translation>Их значение: ключ удалён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (revision %1, version %2)</source>
        <translation>Их значение (ревизия %1, версия %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed %1 while you edited it. Nothing has been written. Compare their value with yours and choose.</source>
        <translation>Кто-то другой изменил %1, пока вы его редактировали. Ничего не записано. Сравните их значение со своим и выберите.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mine (unsaved)</source>
        <translation>Моё значение (не сохранено)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Difference (theirs → mine)</source>
        <translation>Различия (их → моё)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theirs</source>
        <translation>их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine</source>
        <translation>моё</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write your value over theirs</source>
        <translation>Записать ваше значение поверх их значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Принять их</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop your edit and show their value</source>
        <translation>Отбросить вашу правку и показать их значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Редактировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue editing from a merge of both; saving then replaces theirs</source>
        <translation>Продолжить редактирование с объединения обоих значений; сохранение затем заменит их значение</translation>
    </message>
</context>
<context>
    <name>ws::EtcdConnectionDialog</name>
    <message>
        <location filename="../gui/etcd/EtcdConnectionDialog.cpp" line="+59"/>
        <source>Connect to etcd</source>
        <translation>Подключение к etcd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment (ETCDCTL_*)</source>
        <translation>Переменные окружения (ETCDCTL_*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>https://10.0.0.1:2379, https://10.0.0.2:2379</source>
        <translation>https://10.0.0.1:2379, https://10.0.0.2:2379</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remember the password in the keychain</source>
        <translation>Запомнить пароль в связке ключей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic (v3 for etcd 3, v2 for etcd 2)</source>
        <translation>Автоматически (v3 для etcd 3, v2 для etcd 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>v3</source>
        <translation>v3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>v2 (legacy keyspace of confd and registrator)</source>
        <translation>v2 (устаревшее пространство ключей confd и registrator)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile name (leave empty not to save)</source>
        <translation>Имя профиля (оставьте пустым, чтобы не сохранять)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Profile:</source>
        <translation>П&amp;рофиль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoints:</source>
        <translation>Ко&amp;нечные точки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA certificate:</source>
        <translation>Сертификат &amp;CA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client c&amp;ertificate:</source>
        <translation>&amp;Сертификат клиента:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;key:</source>
        <translation>&amp;Ключ клиента:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;API:</source>
        <translation>&amp;API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as:</source>
        <translation>Со&amp;хранить как:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No keychain is available: type the password.</source>
        <translation>Связка ключей недоступна: введите пароль.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter at least one endpoint, for example http://127.0.0.1:2379.</source>
        <translation>Укажите хотя бы одну конечную точку, например http://127.0.0.1:2379.</translation>
    </message>
</context>
<context>
    <name>ws::EtcdConnector</name>
    <message>
        <location filename="../core/etcd/EtcdConnector.cpp" line="+38"/>
        <source>etcd %1 has no v3 API; connect with the v2 API (or Auto).</source>
        <translation>У etcd %1 нет API v3; подключитесь через API v2 (или выберите автоматический режим).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 at %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>etcd %1: v3 API at %2</source>
        <translation>etcd %1: API v3 в %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, signed in as %1</source>
        <translation>, вход выполнен под именем %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, authentication is not enabled (going on without a token)</source>
        <translation>, аутентификация не включена (работа без токена)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>etcd %1: v2 keys API</source>
        <translation>etcd %1: API ключей v2</translation>
    </message>
</context>
<context>
    <name>ws::EtcdDiffView</name>
    <message>
        <location filename="../gui/etcd/EtcdDiffView.cpp" line="+57"/>
        <source>Unified</source>
        <translation>Объединённый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Параллельно</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+26"/>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No differences.</source>
        <translation>Различий нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 → %2: %n line(s) removed</source>
        <translation>
            <numerusform>%1 → %2: удалена %n строка</numerusform>
            <numerusform>%1 → %2: удалено %n строки</numerusform>
            <numerusform>%1 → %2: удалено %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) added</source>
        <translation>
            <numerusform>добавлена %n строка</numerusform>
            <numerusform>добавлено %n строки</numerusform>
            <numerusform>добавлено %n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdExportAction</name>
    <message>
        <location filename="../gui/etcd/EtcdExportAction.cpp" line="+11"/>
        <source>Export to YAML…</source>
        <translation>Экспорт в YAML…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every key under a prefix, as one snapshot, to a YAML file</source>
        <translation>Сохранить все ключи с заданным префиксом одним снимком в файл YAML</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Export to YAML</source>
        <translation>Экспорт в YAML</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Export every key under this prefix (empty: all keys):</source>
        <translation>Экспортировать все ключи с этим префиксом (пусто — все ключи):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>Файлы YAML (*.yaml *.yml)</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Exported %n key(s) at revision %1 to %2.</source>
        <translation>
            <numerusform>Экспортирован %n ключ на ревизии %1 в %2.</numerusform>
            <numerusform>Экспортировано %n ключа на ревизии %1 в %2.</numerusform>
            <numerusform>Экспортировано %n ключей на ревизии %1 в %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdExportJob</name>
    <message numerus="yes">
        <location filename="../core/etcd/EtcdExportJob.cpp" line="+26"/>
        <source>whalestack etcd export — endpoint %1, revision %2, prefix %3, %n key(s)</source>
        <translation>
            <numerusform>whalestack etcd export — конечная точка %1, ревизия %2, префикс %3, %n ключ</numerusform>
            <numerusform>whalestack etcd export — конечная точка %1, ревизия %2, префикс %3, %n ключа</numerusform>
            <numerusform>whalestack etcd export — конечная точка %1, ревизия %2, префикс %3, %n ключей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export: no etcd connection.</source>
        <translation>Экспорт: нет подключения к etcd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the keys under %1 to export them: %2</source>
        <translation>Не удалось прочитать ключи в %1 для экспорта: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save the export to %1: %2</source>
        <translation>Не удалось сохранить экспорт в %1: %2</translation>
    </message>
</context>
<context>
    <name>ws::EtcdHistoryDialog</name>
    <message>
        <location filename="../gui/etcd/EtcdHistoryDialog.cpp" line="+26"/>
        <source>Restore this value</source>
        <translation>Восстановить это значение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History of %1</source>
        <translation>История %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Revision %1: deleted</source>
        <translation>Ревизия %1: удалён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision %1 (version %2, current)</source>
        <translation>Ревизия %1 (версия %2, текущая)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision %1 (version %2)</source>
        <translation>Ревизия %1 (версия %2)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>revision %1</source>
        <translation>ревизия %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current (revision %1)</source>
        <translation>текущее (ревизия %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restoring the value of revision %1…</source>
        <translation>Восстановление значения ревизии %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not restore: %1</source>
        <translation>Не удалось восстановить: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not restored: someone changed the key meanwhile (now at revision %1). Reopen the history to see their change.</source>
        <translation>Не восстановлено: тем временем кто-то изменил ключ (сейчас ревизия %1). Откройте историю заново, чтобы увидеть это изменение.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored the value of revision %1 as revision %2.</source>
        <translation>Значение ревизии %1 восстановлено как ревизия %2.</translation>
    </message>
</context>
<context>
    <name>ws::EtcdImportDialog</name>
    <message numerus="yes">
        <location filename="../gui/etcd/EtcdImportDialog.cpp" line="+26"/>
        <source>(%n binary byte(s))</source>
        <translation>
            <numerusform>(%n двоичный байт)</numerusform>
            <numerusform>(%n двоичных байта)</numerusform>
            <numerusform>(%n двоичных байт)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+66"/>
        <source>Import keys from YAML</source>
        <translation>Импорт ключей из YAML</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>An export file (YAML)</source>
        <translation>Файл экспорта (YAML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also delete keys under the file&apos;s prefix that the file lacks</source>
        <translation>Также удалить ключи с префиксом файла, которых нет в файле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run</source>
        <translation>Пробный прогон</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the store</source>
        <translation>В хранилище</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Файлы YAML (*.yaml *.yml);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a file to import first.</source>
        <translation>Сначала выберите файл для импорта.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the file: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file was not imported: %1</source>
        <translation>Файл не импортирован: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Comparing %n key(s) with the store…</source>
        <translation>
            <numerusform>Сравнение %n ключа с хранилищем…</numerusform>
            <numerusform>Сравнение %n ключей с хранилищем…</numerusform>
            <numerusform>Сравнение %n ключей с хранилищем…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>add</source>
        <translation>добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change</source>
        <translation>изменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>удалить</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing is written until you apply.</source>
        <translation>Ничего не будет записано, пока вы не примените изменения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store already holds the file&apos;s values.</source>
        <translation>В хранилище уже есть значения из файла.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changed since the dry run:</source>
        <translation>Изменены после пробного прогона:</translation>
    </message>
</context>
<context>
    <name>ws::EtcdImportPlan</name>
    <message>
        <location filename="../core/etcd/EtcdImportPlan.cpp" line="+92"/>
        <location line="+162"/>
        <source>No etcd connection.</source>
        <translation>Нет подключения к etcd.</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Could not read the keys under %1 for the dry run: %2</source>
        <translation>Не удалось прочитать ключи в %1 для пробного прогона: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>%n to add</source>
        <translation>
            <numerusform>добавить: %n</numerusform>
            <numerusform>добавить: %n</numerusform>
            <numerusform>добавить: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to change</source>
        <translation>
            <numerusform>изменить: %n</numerusform>
            <numerusform>изменить: %n</numerusform>
            <numerusform>изменить: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>без изменений: %n</numerusform>
            <numerusform>без изменений: %n</numerusform>
            <numerusform>без изменений: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to delete</source>
        <translation>
            <numerusform>удалить: %n</numerusform>
            <numerusform>удалить: %n</numerusform>
            <numerusform>удалить: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (store revision %1)</source>
        <translation> (ревизия хранилища %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing to import: the store already holds the file&apos;s values.</source>
        <translation>Импортировать нечего: в хранилище уже есть значения из файла.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not check the keys under %1 before importing: %2</source>
        <translation>Не удалось проверить ключи в %1 перед импортом: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The import was refused and nothing was written: %n key(s) changed in the store since the dry run: %1. Run the dry run again to see the new values.</source>
        <translation>
            <numerusform>Импорт отклонён, ничего не записано: после пробного прогона в хранилище изменился %n ключ: %1. Выполните пробный прогон снова, чтобы увидеть новые значения.</numerusform>
            <numerusform>Импорт отклонён, ничего не записано: после пробного прогона в хранилище изменились %n ключа: %1. Выполните пробный прогон снова, чтобы увидеть новые значения.</numerusform>
            <numerusform>Импорт отклонён, ничего не записано: после пробного прогона в хранилище изменились %n ключей: %1. Выполните пробный прогон снова, чтобы увидеть новые значения.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source> This store has no transactions (etcd v2): the import is not atomic, and the batch that failed may be partly written.</source>
        <translation> В этом хранилище нет транзакций (etcd v2): импорт не атомарен, и неудавшийся пакет мог быть записан частично.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n change(s)</source>
        <translation>
            <numerusform>Импортировано %n изменение</numerusform>
            <numerusform>Импортировано %n изменения</numerusform>
            <numerusform>Импортировано %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> in %n transaction(s), store revision %1.</source>
        <translation>
            <numerusform> в %n транзакции, ревизия хранилища %1.</numerusform>
            <numerusform> в %n транзакциях, ревизия хранилища %1.</numerusform>
            <numerusform> в %n транзакциях, ревизия хранилища %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n key(s) changed since the dry run: %1</source>
        <translation>
            <numerusform>%n ключ изменился после пробного прогона: %1</numerusform>
            <numerusform>%n ключа изменились после пробного прогона: %1</numerusform>
            <numerusform>%n ключей изменились после пробного прогона: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Batches 1 to %1 of %2 were applied (keys %3 to %4); the rest were not.</source>
        <translation>Пакеты с 1 по %1 из %2 применены (ключи с %3 по %4); остальные — нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No batch was applied.</source>
        <translation>Ни один пакет не применён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import stopped at batch %1 of %2: %3. %4</source>
        <translation>Импорт остановился на пакете %1 из %2: %3. %4</translation>
    </message>
</context>
<context>
    <name>ws::EtcdKeyActions</name>
    <message>
        <location filename="../gui/etcd/EtcdKeyActions.cpp" line="+15"/>
        <source>New key…</source>
        <translation>Новый ключ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New key</source>
        <translation>Новый ключ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new key:</source>
        <translation>Имя нового ключа:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+145"/>
        <source>Rename folder</source>
        <translation>Переименовать папку</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+76"/>
        <source>Rename key</source>
        <translation>Переименовать ключ</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A key needs a name.</source>
        <translation>У ключа должно быть имя.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already exists; nothing was written.</source>
        <translation>%1 уже существует; ничего не записано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1.</source>
        <translation>Ключ %1 создан.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a different name for %1.</source>
        <translation>Выберите для %1 другое имя.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 no longer exists.</source>
        <translation>%1 больше не существует.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename %1 to %2?</source>
        <translation>Переименовать %1 в %2?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not renamed: %1 exists already, or %2 changed since it was read. Nothing was written.</source>
        <translation>Не переименовано: %1 уже существует или %2 изменился после чтения. Ничего не записано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renamed %1 to %2.</source>
        <translation>Переименовано: %1 → %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot rename %1 to %2: one contains the other.</source>
        <translation>Нельзя переименовать %1 в %2: один из них содержит другой.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+65"/>
        <source>%1 holds no keys.</source>
        <translation>В %1 нет ключей.</translation>
    </message>
    <message numerus="yes">
        <location line="-54"/>
        <source>Move %n key(s) from %1 to %2?</source>
        <translation>
            <numerusform>Переместить %n ключ из %1 в %2?</numerusform>
            <numerusform>Переместить %n ключа из %1 в %2?</numerusform>
            <numerusform>Переместить %n ключей из %1 в %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This takes %n transaction(s), applied one after another: if one fails, the keys moved before it stay moved.</source>
        <translation>
            <numerusform>Потребуется %n транзакция; транзакции применяются одна за другой: если одна из них не пройдёт, ключи, перемещённые до неё, так и останутся перемещёнными.</numerusform>
            <numerusform>Потребуются %n транзакции; транзакции применяются одна за другой: если одна из них не пройдёт, ключи, перемещённые до неё, так и останутся перемещёнными.</numerusform>
            <numerusform>Потребуется %n транзакций; транзакции применяются одна за другой: если одна из них не пройдёт, ключи, перемещённые до неё, так и останутся перемещёнными.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder was moved only in part (%1 of %2 transactions): %3</source>
        <translation>Папка перемещена лишь частично (транзакций: %1 из %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+62"/>
        <source>a key changed meanwhile</source>
        <translation>тем временем изменился ключ</translation>
    </message>
    <message numerus="yes">
        <location line="-59"/>
        <source>Moved %n key(s) from %1 to %2.</source>
        <translation>
            <numerusform>Перемещён %n ключ из %1 в %2.</numerusform>
            <numerusform>Перемещено %n ключа из %1 в %2.</numerusform>
            <numerusform>Перемещено %n ключей из %1 в %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete key</source>
        <translation>Удалить ключ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refusing to delete every key of the cluster at once.</source>
        <translation>Удалить сразу все ключи кластера нельзя.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Delete the folder %1 and the %n key(s) in it?</source>
        <translation>
            <numerusform>Удалить папку %1 и %n ключ в ней?</numerusform>
            <numerusform>Удалить папку %1 и %n ключа в ней?</numerusform>
            <numerusform>Удалить папку %1 и %n ключей в ней?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This takes %n transaction(s), applied one after another: if one fails, the keys deleted before it stay deleted.</source>
        <translation>
            <numerusform>Потребуется %n транзакция; транзакции применяются одна за другой: если одна из них не пройдёт, ключи, удалённые до неё, так и останутся удалёнными.</numerusform>
            <numerusform>Потребуются %n транзакции; транзакции применяются одна за другой: если одна из них не пройдёт, ключи, удалённые до неё, так и останутся удалёнными.</numerusform>
            <numerusform>Потребуется %n транзакций; транзакции применяются одна за другой: если одна из них не пройдёт, ключи, удалённые до неё, так и останутся удалёнными.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete folder</source>
        <translation>Удалить папку</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder was deleted only in part (%1 of %2 transactions): %3</source>
        <translation>Папка удалена лишь частично (транзакций: %1 из %2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deleted %n key(s) under %1.</source>
        <translation>
            <numerusform>Удалён %n ключ в %1.</numerusform>
            <numerusform>Удалено %n ключа в %1.</numerusform>
            <numerusform>Удалено %n ключей в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdKeyHistory</name>
    <message>
        <location filename="../core/etcd/EtcdKeyHistory.cpp" line="+108"/>
        <source>Reading the history of %1…</source>
        <translation>Чтение истории %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history goes back to the creation of the key.</source>
        <translation>История охватывает всё время с момента создания ключа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older revisions were compacted (revision %1 is no longer readable).</source>
        <translation>Более старые ревизии удалены при уплотнении (ревизия %1 больше недоступна для чтения).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the last %n value(s); older ones were not read.</source>
        <translation>
            <numerusform>Показано значений: %n (последние); более старые не прочитаны.</numerusform>
            <numerusform>Показано значений: %n (последние); более старые не прочитаны.</numerusform>
            <numerusform>Показано значений: %n (последние); более старые не прочитаны.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key %1 does not exist.</source>
        <translation>Ключ %1 не существует.</translation>
    </message>
</context>
<context>
    <name>ws::EtcdKv</name>
    <message>
        <location filename="../core/etcd/EtcdKv.cpp" line="+70"/>
        <source>%1 at %2: the answer is not what etcd sends (%3). Is this an etcd v3 client URL?</source>
        <translation>%1 на %2: ответ не похож на ответ etcd (%3). Это клиентский URL etcd v3?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 was not sent to %2: it carries %3 of keys and values, more than etcd accepts in one request (--max-request-bytes, %4). Store a smaller value or fewer keys at once.</source>
        <translation>%1 не отправлено на %2: в нём %3 ключей и значений — больше, чем etcd принимает в одном запросе (--max-request-bytes, %4). Сохраните меньшее значение или меньше ключей за раз.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading lease %1</source>
        <translation>Чтение аренды %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+34"/>
        <source>Listing keys under %1</source>
        <translation>Получение списка ключей в %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Reading key %1</source>
        <translation>Чтение ключа %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Writing key %1</source>
        <translation>Запись ключа %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saving key %1</source>
        <translation>Сохранение ключа %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no response_range</source>
        <translation>нет response_range</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleting keys under %1</source>
        <translation>Удаление ключей в %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting key %1</source>
        <translation>Удаление ключа %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Transaction %1 of %2 (operations %3 to %4)</source>
        <translation>Транзакция %1 из %2 (операции с %3 по %4)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing of the batch was applied.</source>
        <translation>Ничего из пакета не применено.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The %n transaction(s) before it were applied.</source>
        <translation>
            <numerusform>%n предшествующая транзакция применена.</numerusform>
            <numerusform>%n предшествующие транзакции применены.</numerusform>
            <numerusform>%n предшествующих транзакций применены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1 was not applied: %n key(s) changed since they were read (%2). Nothing of it was written; reload and try again.</source>
        <translation>
            <numerusform>%1 не применено: %n ключ изменился после чтения (%2). Ничего не записано; обновите и повторите попытку.</numerusform>
            <numerusform>%1 не применено: %n ключа изменились после чтения (%2). Ничего не записано; обновите и повторите попытку.</numerusform>
            <numerusform>%1 не применено: %n ключей изменились после чтения (%2). Ничего не записано; обновите и повторите попытку.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdProbe</name>
    <message>
        <location filename="../core/infra/EtcdProbe.cpp" line="+104"/>
        <source>etcd at %1 did not answer GET /health. Check the address and that etcd runs.</source>
        <translation>etcd на %1 не ответил на GET /health. Проверьте адрес и то, что etcd запущен.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 answered GET /health with HTTP %2 but not as etcd does (no &quot;health&quot; field). Is this an etcd client URL (port 2379)?</source>
        <translation>%1 ответил на GET /health кодом HTTP %2, но не так, как отвечает etcd (нет поля &quot;health&quot;). Это клиентский URL etcd (порт 2379)?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the member reports itself unhealthy (HTTP %1)</source>
        <translation>участник кластера сообщает о своей неисправности (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the member reports itself unhealthy: %1</source>
        <translation>участник кластера сообщает о своей неисправности: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the cluster has no leader (lost quorum?)</source>
        <translation>у кластера нет лидера (потерян кворум?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the member reports: %1</source>
        <translation>участник кластера сообщает: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>added but not started</source>
        <translation>добавлен, но не запущен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leader</source>
        <translation>лидер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>follower</source>
        <translation>ведомый</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>alarm %1 is raised (NOSPACE: compact and defragment, then disarm)</source>
        <translation>поднята тревога %1 (NOSPACE: выполните уплотнение и дефрагментацию, затем снимите тревогу)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>etcd answers, but %1.</source>
        <translation>etcd отвечает, но %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>healthy, %n member(s)</source>
        <translation>
            <numerusform>исправен, %n участник</numerusform>
            <numerusform>исправен, %n участника</numerusform>
            <numerusform>исправен, %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>healthy, %n member(s), leader %1</source>
        <translation>
            <numerusform>исправен, %n участник, лидер %1</numerusform>
            <numerusform>исправен, %n участника, лидер %1</numerusform>
            <numerusform>исправен, %n участников, лидер %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdTreeModel</name>
    <message>
        <location filename="../core/etcd/EtcdTreeModel.cpp" line="+153"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The regular expression is not valid at character %1: %2</source>
        <translation>Регулярное выражение некорректно в позиции %1: %2</translation>
    </message>
</context>
<context>
    <name>ws::EtcdTreeSync</name>
    <message>
        <location filename="../core/etcd/EtcdTreeSync.cpp" line="+125"/>
        <source>Could not list the keys under %1 from %2: %3. Check that etcd is running and reachable, then reconnect.</source>
        <translation>Не удалось получить список ключей в %1 с %2: %3. Убедитесь, что etcd запущен и доступен, затем подключитесь снова.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Watching %1 for changes stopped: %2. The tree no longer follows the store; reconnect to follow it again.</source>
        <translation>Наблюдение за изменениями в %1 остановлено: %2. Дерево больше не следует за хранилищем; подключитесь снова, чтобы возобновить отслеживание.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The changes since revision %1 are no longer kept by etcd (compacted up to %2): listing the keys again.</source>
        <translation>etcd больше не хранит изменения после ревизии %1 (уплотнено до %2): список ключей получается заново.</translation>
    </message>
</context>
<context>
    <name>ws::EtcdTreeValueSearch</name>
    <message>
        <location filename="../core/etcd/EtcdTreeValueSearch.cpp" line="+46"/>
        <source>Type something to search for in the values.</source>
        <translation>Введите текст для поиска в значениях.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The regular expression is not valid at character %1: %2</source>
        <translation>Регулярное выражение некорректно в позиции %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read the values under %1 to search them: %2</source>
        <translation>Не удалось прочитать значения в %1 для поиска: %2</translation>
    </message>
</context>
<context>
    <name>ws::EtcdV2Store</name>
    <message>
        <location filename="../core/etcd/EtcdV2Store.cpp" line="+29"/>
        <source>%1 at %2: the answer is not what etcd&apos;s v2 API sends (%3).</source>
        <translation>%1 на %2: ответ не похож на ответ API etcd v2 (%3).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Listing keys under %1</source>
        <translation>Получение списка ключей в %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reading key %1</source>
        <translation>Чтение ключа %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Writing key %1</source>
        <translation>Запись ключа %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reading key %1 after a conflict</source>
        <translation>Чтение ключа %1 после конфликта</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Deleting key %1</source>
        <translation>Удаление ключа %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Deleting %1</source>
        <translation>Удаление %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing of the batch was applied.</source>
        <translation>Ничего из пакета не применено.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The v2 API has no transactions: the %n operation(s) before it were applied.</source>
        <translation>
            <numerusform>В API v2 нет транзакций: %n предшествующая операция применена.</numerusform>
            <numerusform>В API v2 нет транзакций: %n предшествующие операции применены.</numerusform>
            <numerusform>В API v2 нет транзакций: %n предшествующих операций применены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Operation %1 of %2 was not applied: key %3 changed since it was read. The v2 API has no transactions: the %n operation(s) before it were applied, the ones after it were not; reload and try again.</source>
        <translation>
            <numerusform>Операция %1 из %2 не применена: ключ %3 изменился после чтения. В API v2 нет транзакций: %n предшествующая операция применена, последующие — нет; обновите и повторите попытку.</numerusform>
            <numerusform>Операция %1 из %2 не применена: ключ %3 изменился после чтения. В API v2 нет транзакций: %n предшествующие операции применены, последующие — нет; обновите и повторите попытку.</numerusform>
            <numerusform>Операция %1 из %2 не применена: ключ %3 изменился после чтения. В API v2 нет транзакций: %n предшествующих операций применены, последующие — нет; обновите и повторите попытку.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdV2Watch</name>
    <message>
        <location filename="../core/etcd/EtcdV2Watch.cpp" line="+110"/>
        <location line="+73"/>
        <source>Watching %1</source>
        <translation>Наблюдение за %1</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>etcd at %1 answered without X-Etcd-Index: is this etcd&apos;s v2 API?</source>
        <translation>etcd на %1 ответил без X-Etcd-Index: это действительно API etcd v2?</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>etcd at %1 sent a watch event that cannot be read: %2</source>
        <translation>etcd на %1 прислал событие наблюдения, которое не удаётся прочитать: %2</translation>
    </message>
</context>
<context>
    <name>ws::EtcdValueEditor</name>
    <message>
        <location filename="../gui/etcd/EtcdValueEditor.cpp" line="+68"/>
        <source>Reveal</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restore draft</source>
        <translation>Восстановить черновик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Auto (%1)</source>
        <translation>Авто (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binary value: shown as hex, read-only.</source>
        <translation>Двоичное значение: показано в шестнадцатеричном виде, только для чтения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid %1</source>
        <translation>%1: ошибок нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1, column %2: %3</source>
        <translation>Строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>This key looks secret: its value (%n byte(s)) is hidden.</source>
        <translation>
            <numerusform>Похоже, это секретный ключ: его значение (%n байт) скрыто.</numerusform>
            <numerusform>Похоже, это секретный ключ: его значение (%n байта) скрыто.</numerusform>
            <numerusform>Похоже, это секретный ключ: его значение (%n байт) скрыто.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New key: it does not exist yet.</source>
        <translation>Новый ключ: он ещё не существует.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Revision %1 · created at revision %2 · version %3 · %n byte(s)</source>
        <translation>
            <numerusform>Ревизия %1 · создан на ревизии %2 · версия %3 · %n байт</numerusform>
            <numerusform>Ревизия %1 · создан на ревизии %2 · версия %3 · %n байта</numerusform>
            <numerusform>Ревизия %1 · создан на ревизии %2 · версия %3 · %n байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Owned by the cluster: lease %1, %n second(s) left. Edits last only until the lease expires or its owner writes again.</source>
        <translation>
            <numerusform>Принадлежит кластеру: аренда %1, осталась %n секунда. Правки действуют только до истечения аренды или до следующей записи владельцем.</numerusform>
            <numerusform>Принадлежит кластеру: аренда %1, осталось %n секунды. Правки действуют только до истечения аренды или до следующей записи владельцем.</numerusform>
            <numerusform>Принадлежит кластеру: аренда %1, осталось %n секунд. Правки действуют только до истечения аренды или до следующей записи владельцем.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owned by the cluster: lease %1.</source>
        <translation>Принадлежит кластеру: аренда %1.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>An unsaved draft of this key from %1 is kept (started from revision %2).</source>
        <translation>Есть черновик этого ключа от %1, не записанный в etcd (начат с ревизии %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key has changed since: saving the draft will show both versions.</source>
        <translation>С тех пор ключ изменился: при сохранении черновика будут показаны обе версии.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleted by someone else since your draft started.</source>
        <translation>Кто-то другой удалил ключ после того, как вы начали черновик.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by someone else at revision %1 since your draft started.</source>
        <translation>Кто-то другой изменил ключ на ревизии %1 после того, как вы начали черновик.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing to save: the value is as stored.</source>
        <translation>Сохранять нечего: значение совпадает с сохранённым.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save %1</source>
        <translation>Сохранение %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(new key)</source>
        <translation>(новый ключ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored (revision %1)</source>
        <translation>сохранённое (ревизия %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine</source>
        <translation>моё</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value is not valid %1: %2</source>
        <translation>Значение содержит ошибку формата %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved (your edit is kept as a draft): %1</source>
        <translation>Не сохранено (ваша правка осталась в черновике): %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: someone else changed the key.</source>
        <translation>Не сохранено: кто-то другой изменил ключ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved as revision %1.</source>
        <translation>Сохранено как ревизия %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Took their value (revision %1); your edit was dropped.</source>
        <translation>Принято их значение (ревизия %1); ваша правка отброшена.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Editing a merge of yours and theirs; saving replaces revision %1.</source>
        <translation>Редактируется объединение вашего и их значений; сохранение заменит ревизию %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved; your edit is kept.</source>
        <translation>Не сохранено; ваша правка не потеряна.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Deleted by someone else at revision %1.</source>
        <translation>Кто-то другой удалил ключ на ревизии %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted by someone else at revision %1. Saving will show both versions.</source>
        <translation>Кто-то другой удалил ключ на ревизии %1. При сохранении будут показаны обе версии.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by someone else at revision %1. Saving will show both versions.</source>
        <translation>Кто-то другой изменил ключ на ревизии %1. При сохранении будут показаны обе версии.</translation>
    </message>
</context>
<context>
    <name>ws::EtcdView</name>
    <message>
        <location filename="../gui/etcd/EtcdView.cpp" line="+42"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Подключиться…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;load Keys</source>
        <translation>&amp;Обновить ключи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Key…</source>
        <translation>&amp;Новый ключ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rename…</source>
        <translation>Переи&amp;меновать…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save every key under a prefix, as one snapshot, to a YAML file</source>
        <translation>Сохранить все ключи с заданным префиксом одним снимком в файл YAML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>Импо&amp;рт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply a YAML file to the store, after a dry run that shows every change</source>
        <translation>Применить файл YAML к хранилищу после пробного прогона, показывающего каждое изменение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used By</source>
        <translation>Где используется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template Keys</source>
        <translation>Ключи шаблонов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in the store.</source>
        <translation>%1 нет в хранилище.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 — listing keys…</source>
        <translation>%1 — получение списка ключей…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved %1 at revision %2.</source>
        <translation>Сохранено: %1, ревизия %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The import was applied.</source>
        <translation>Импорт применён.</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%1 — %n key(s), watching for changes.</source>
        <translation>
            <numerusform>%1 — %n ключ, изменения отслеживаются.</numerusform>
            <numerusform>%1 — %n ключа, изменения отслеживаются.</numerusform>
            <numerusform>%1 — %n ключей, изменения отслеживаются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 — the history to resume from was compacted; the keys were listed again (%n key(s)).</source>
        <translation>
            <numerusform>%1 — история, с которой нужно было продолжить, удалена при уплотнении; список ключей получен заново (%n ключ).</numerusform>
            <numerusform>%1 — история, с которой нужно было продолжить, удалена при уплотнении; список ключей получен заново (%n ключа).</numerusform>
            <numerusform>%1 — история, с которой нужно было продолжить, удалена при уплотнении; список ключей получен заново (%n ключей).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdWatch</name>
    <message>
        <location filename="../core/etcd/EtcdWatch.cpp" line="+222"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>etcd at %1 refused the watch (HTTP %2: %3)</source>
        <translation>etcd на %1 отклонил наблюдение (HTTP %2: %3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>etcd at %1 closed the watch stream</source>
        <translation>etcd на %1 закрыл поток наблюдения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (in the middle of a message)</source>
        <translation>%1 (посреди сообщения)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>etcd at %1 ended the watch: %2 (gRPC code %3)</source>
        <translation>etcd на %1 завершил наблюдение: %2 (код gRPC %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>etcd at %1 rejected the watch&apos;s auth token</source>
        <translation>etcd на %1 отклонил токен аутентификации наблюдения</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>etcd at %1 refused to watch %2: permission denied for etcd user %3. Ask an administrator to grant %3 read access to it.</source>
        <translation>etcd на %1 отказал в наблюдении за %2: доступ запрещён для пользователя etcd %3. Попросите администратора выдать %3 право на чтение.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>etcd at %1 refused to watch %2: permission denied.</source>
        <translation>etcd на %1 отказал в наблюдении за %2: доступ запрещён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>etcd at %1 cancelled the watch without saying why</source>
        <translation>etcd на %1 отменил наблюдение без объяснения причины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>etcd at %1 cancelled the watch: %2</source>
        <translation>etcd на %1 отменил наблюдение: %2</translation>
    </message>
</context>
<context>
    <name>ws::FleetClient</name>
    <message>
        <location filename="../core/fleet/FleetClient.cpp" line="+61"/>
        <source>No fleet endpoint is set.</source>
        <translation>Конечная точка fleet не задана.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 failed: %2 keeps sending more pages (the same page token, or more than %3 pages). Is the endpoint fleet&apos;s API?</source>
        <translation>Не удалось выполнить %1: %2 продолжает присылать новые страницы (тот же токен страницы или больше %3 страниц). Конечная точка — это API fleet?</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Listing fleet&apos;s units</source>
        <translation>Получение списка юнитов fleet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Listing the units&apos; states</source>
        <translation>Получение состояний юнитов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the states of %1</source>
        <translation>Чтение состояний %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listing fleet&apos;s machines</source>
        <translation>Получение списка машин fleet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading unit %1</source>
        <translation>Чтение юнита %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Submitting %1</source>
        <translation>Отправка %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: &quot;%2&quot; is not a unit name fleet accepts (name.service, name@.service or name@instance.service, with letters, digits and :-_.\ only). Rename the unit file.</source>
        <translation>Не удалось выполнить %1: &quot;%2&quot; — недопустимое для fleet имя юнита (name.service, name@.service или name@instance.service, только буквы, цифры и :-_.\). Переименуйте файл юнита.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 failed: no desired state was given.</source>
        <translation>Не удалось выполнить %1: желаемое состояние не указано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: %2 is a template, which cannot run. Submit it inactive, then submit and start an instance of it (%3).</source>
        <translation>Не удалось выполнить %1: %2 — шаблон, а шаблон не может работать. Отправьте его в неактивном состоянии, затем отправьте и запустите его экземпляр (%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the unit has no options; fleet needs its contents (a unit file with at least one [Section] and option).</source>
        <translation>Не удалось выполнить %1: у юнита нет параметров; fleet нужно его содержимое (файл юнита хотя бы с одной [Секцией] и параметром).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 was not sent: fleet at %2 already has %3 with other contents, and fleet cannot change a unit in place (it would break the unit). Destroy %3, then submit it again.</source>
        <translation>%1 не выполнена: в fleet на %2 уже есть %3 с другим содержимым, а fleet не умеет изменять юнит на месте (это сломало бы юнит). Уничтожьте %3, затем отправьте его снова.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: fleet at %2 answered %3, where fleet answers 201 or 204. Is the endpoint fleet&apos;s API?</source>
        <translation>%1: fleet на %2 ответил %3, тогда как fleet отвечает 201 или 204. Конечная точка — это API fleet?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Setting %1 to %2</source>
        <translation>Перевод %1 в состояние «%2»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: that is not a state fleet knows (inactive, loaded or launched).</source>
        <translation>Не удалось выполнить %1: fleet не знает такого состояния (inactive, loaded или launched).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: %2 is a template, which cannot run. Submit and start an instance of it (%3).</source>
        <translation>Не удалось выполнить %1: %2 — шаблон, а шаблон не может работать. Отправьте и запустите его экземпляр (%3).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Destroying %1</source>
        <translation>Уничтожение %1</translation>
    </message>
</context>
<context>
    <name>ws::FleetProbe</name>
    <message>
        <location filename="../core/infra/FleetProbe.cpp" line="+21"/>
        <source>the probe target</source>
        <translation>цели проверки</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>fleet at %1 did not list its machines. Check the address and that fleetd runs.</source>
        <translation>fleet на %1 не вернул список своих машин. Проверьте адрес и то, что fleetd запущен.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>launched, but no machine reports it</source>
        <translation>запущен (launched), но ни одна машина о нём не сообщает</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n launched unit(s) failed in systemd: %1</source>
        <translation>
            <numerusform>%n запущенный юнит завершился с ошибкой в systemd: %1</numerusform>
            <numerusform>%n запущенных юнита завершились с ошибкой в systemd: %1</numerusform>
            <numerusform>%n запущенных юнитов завершились с ошибкой в systemd: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the unit states could not be read: %1</source>
        <translation>не удалось прочитать состояния юнитов: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the units could not be read: %1</source>
        <translation>не удалось прочитать юниты: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n машина</numerusform>
            <numerusform>%n машины</numerusform>
            <numerusform>%n машин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n unit(s)</source>
        <translation>
            <numerusform>, %n юнит</numerusform>
            <numerusform>, %n юнита</numerusform>
            <numerusform>, %n юнитов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::FleetStateModel</name>
    <message numerus="yes">
        <location filename="../core/fleet/FleetStateModel.cpp" line="+564"/>
        <source>%1 of %n active</source>
        <translation>
            <numerusform>активно %1 из %n</numerusform>
            <numerusform>активно %1 из %n</numerusform>
            <numerusform>активно %1 из %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not loaded on %2</source>
        <translation>%1 не загружен на %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (%3)
load: %4, active: %5, sub: %6
hash: %7</source>
        <translation>%1 на %2 (%3)
load: %4, active: %5, sub: %6
хеш: %7</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(instances only)</source>
        <translation>(только экземпляры)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 on fleet differs from the workspace&apos;s file</source>
        <translation>%1 в fleet отличается от файла рабочей области</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unit</source>
        <translation>Юнит</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desired</source>
        <translation>Желаемое</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current</source>
        <translation>Текущее</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Machine %1
IP: %2
Metadata: %3</source>
        <translation>Машина %1
IP: %2
Метаданные: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ws::FleetTunnel</name>
    <message>
        <location filename="../core/fleet/FleetTunnel.cpp" line="+43"/>
        <source>&apos;%1&apos; is not an SSH destination; give host, host:port, user@host or user@host:port</source>
        <translation>&apos;%1&apos; — не адрес назначения SSH; укажите host, host:port, user@host или user@host:port</translation>
    </message>
    <message numerus="yes">
        <location line="+161"/>
        <source>ssh to %1 did not open the tunnel within %n second(s).</source>
        <translation>
            <numerusform>ssh к %1 не открыл туннель за %n секунду.</numerusform>
            <numerusform>ssh к %1 не открыл туннель за %n секунды.</numerusform>
            <numerusform>ssh к %1 не открыл туннель за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ssh could not be run (%1): install openssh-client.</source>
        <translation>Не удалось запустить ssh (%1): установите openssh-client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSH to %1 refused the host&apos;s key: it is not in known_hosts, or it changed. Check the key, then add it (connect once with ssh %1).</source>
        <translation>SSH к %1 отверг ключ узла: его нет в known_hosts, или он изменился. Проверьте ключ, затем добавьте его (подключитесь один раз командой ssh %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the login as %2: put your public key in that user&apos;s ~/.ssh/authorized_keys there, or load it into ssh-agent (no password can be typed here).</source>
        <translation>%1 отказал во входе под именем %2: добавьте свой открытый ключ в ~/.ssh/authorized_keys этого пользователя на том узле или загрузите ключ в ssh-agent (ввести пароль здесь нельзя).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing accepts SSH connections at %1 (connection refused): check the host and port of FLEETCTL_TUNNEL, and that sshd runs there.</source>
        <translation>На %1 ничто не принимает SSH-подключения (соединение отклонено): проверьте узел и порт в FLEETCTL_TUNNEL и то, что там запущен sshd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a known host name: check FLEETCTL_TUNNEL.</source>
        <translation>%1 — неизвестное имя узла: проверьте FLEETCTL_TUNNEL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ssh to %1 could not set up the forward to fleet (local port %2): the port may be taken, or the host does not allow forwarding.</source>
        <translation>ssh к %1 не смог настроить перенаправление к fleet (локальный порт %2): возможно, порт занят или узел не разрешает перенаправление.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SSH connection to %1 was closed.</source>
        <translation>SSH-соединение с %1 закрыто.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ssh to %1 ended (exit status %2).</source>
        <translation>ssh к %1 завершился (код выхода %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ssh said: %1</source>
        <translation>ssh сообщил: %1</translation>
    </message>
</context>
<context>
    <name>ws::FleetUnitRestart</name>
    <message>
        <location filename="../core/fleet/FleetUnitRestart.cpp" line="+27"/>
        <source>Restarting %1 failed while %2: %3</source>
        <translation>Не удалось перезапустить %1 на этапе «%2»: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restarting %1: the connection to fleet was closed; connect again and retry.</source>
        <translation>Перезапуск %1: соединение с fleet закрыто; подключитесь снова и повторите попытку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping %1…</source>
        <translation>Остановка %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopping it</source>
        <translation>остановка</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>waiting for it to stop</source>
        <translation>ожидание остановки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 stopped.</source>
        <translation>%1 остановлен.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restarting %1: it was still active %2 s after it was asked to stop; see its state on each machine and try again.</source>
        <translation>Перезапуск %1: юнит всё ещё активен через %2 с после запроса на остановку; проверьте его состояние на каждой машине и повторите попытку.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starting %1…</source>
        <translation>Запуск %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>starting it again</source>
        <translation>повторный запуск</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 restarted.</source>
        <translation>%1 перезапущен.</translation>
    </message>
</context>
<context>
    <name>ws::GraphLayout</name>
    <message>
        <location filename="../core/graph/GraphLayout.cpp" line="+99"/>
        <source>graph layout</source>
        <translation>раскладка графа</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Node &quot;%1&quot; appears twice; the second one is left out.</source>
        <translation>Узел &quot;%1&quot; встречается дважды; второй пропущен.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Edge &quot;%1&quot; → &quot;%2&quot; names a node that is not in the graph; it is left out.</source>
        <translation>Ребро &quot;%1&quot; → &quot;%2&quot; ссылается на узел, которого нет в графе; оно пропущено.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Graphviz could not lay out the graph: %1</source>
        <translation>Graphviz не удалось разместить граф: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
</context>
<context>
    <name>ws::HaproxyProbe</name>
    <message>
        <location filename="../core/infra/HaproxyProbe.cpp" line="+115"/>
        <source>&apos;%1&apos; is neither the stats page&apos;s URL (http://host:port/stats) nor the stats socket (unix:///path/to/haproxy.sock).</source>
        <translation>&apos;%1&apos; — это не URL страницы статистики (http://host:port/stats) и не сокет статистики (unix:///path/to/haproxy.sock).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the connection was refused: HAProxy is not running there, or the stats page listens on another port</source>
        <translation>в соединении отказано: HAProxy там не запущен, или страница статистики слушает другой порт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it closed the connection without an answer: it is not HAProxy&apos;s stats page</source>
        <translation>соединение закрыто без ответа: это не страница статистики HAProxy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it did not answer in time</source>
        <translation>ответ не получен вовремя</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read HAProxy&apos;s statistics at %1: %2.</source>
        <translation>Не удалось прочитать статистику HAProxy на %1: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HAProxy&apos;s stats page at %1 wants a login (HTTP %2): store the `stats auth` user and password as the target&apos;s credential.</source>
        <translation>Страница статистики HAProxy на %1 требует входа (HTTP %2): сохраните пользователя и пароль из `stats auth` как учётные данные цели.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HAProxy&apos;s stats page at %1 refused the stored credential (HTTP %2): check it against `stats auth` in haproxy.cfg.</source>
        <translation>Страница статистики HAProxy на %1 отклонила сохранённые учётные данные (HTTP %2): сверьте их со `stats auth` в haproxy.cfg.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HAProxy&apos;s statistics at %1 answered HTTP %2, not 200: check the `stats uri` in haproxy.cfg and the endpoint&apos;s path.</source>
        <translation>Статистика HAProxy на %1 вернула HTTP %2, а не 200: проверьте `stats uri` в haproxy.cfg и путь конечной точки.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>HAProxy&apos;s stats socket %1 sent more than 64 MiB.</source>
        <translation>Сокет статистики HAProxy %1 прислал больше 64 МиБ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>there is no socket at that path: check `stats socket` in haproxy.cfg</source>
        <translation>по этому пути нет сокета: проверьте `stats socket` в haproxy.cfg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody listens on it: HAProxy is not running, or was restarted without the socket</source>
        <translation>его никто не слушает: HAProxy не запущен или был перезапущен без этого сокета</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this user may not open it: see the socket&apos;s `mode`, `user` and `group` in haproxy.cfg</source>
        <translation>этому пользователю не разрешено его открывать: см. `mode`, `user` и `group` сокета в haproxy.cfg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not reach HAProxy&apos;s stats socket %1: %2.</source>
        <translation>Не удалось подключиться к сокету статистики HAProxy %1: %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 did not give HAProxy&apos;s statistics: %2. Check that it is HAProxy&apos;s stats page or socket.</source>
        <translation>%1 не выдал статистику HAProxy: %2. Проверьте, что это страница или сокет статистики HAProxy.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 lists no frontend, backend or server.</source>
        <translation>В %1 нет ни одного фронтенда, бэкенда или сервера.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 frontend(s), %2 backend(s), %3 server(s), all up</source>
        <translation>фронтендов: %1, бэкендов: %2, серверов: %3, все работают</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 frontend(s), %2 backend(s), %3 server(s); not up: %4</source>
        <translation>фронтендов: %1, бэкендов: %2, серверов: %3; не работают: %4</translation>
    </message>
</context>
<context>
    <name>ws::HaproxyStatsCsv</name>
    <message>
        <location filename="../core/infra/HaproxyStatsCsv.cpp" line="+70"/>
        <source>the answer holds binary bytes, so it is not HAProxy&apos;s CSV</source>
        <translation>ответ содержит двоичные данные, значит, это не CSV HAProxy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line %1 should be the CSV header starting with &apos;# pxname,svname&apos;, but starts with &apos;%2&apos;</source>
        <translation>строка %1 должна быть заголовком CSV, начинающимся с &apos;# pxname,svname&apos;, но начинается с &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1, the CSV header, has an unterminated quote</source>
        <translation>в строке %1 (заголовке CSV) есть незакрытая кавычка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the CSV header has %1 columns; HAProxy has about 100</source>
        <translation>столбцов в заголовке CSV: %1; у HAProxy их около 100</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the CSV header has no &apos;%1&apos; column, so it is not HAProxy&apos;s statistics</source>
        <translation>в заголовке CSV нет столбца &apos;%1&apos;, значит, это не статистика HAProxy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than %1 rows of statistics</source>
        <translation>больше %1 строк статистики</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1 has an unterminated quote</source>
        <translation>в строке %1 есть незакрытая кавычка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer is empty: no CSV header</source>
        <translation>ответ пуст: нет заголовка CSV</translation>
    </message>
</context>
<context>
    <name>ws::HttpClient</name>
    <message>
        <location filename="../core/http/HttpClient.cpp" line="+43"/>
        <source>no endpoint is configured</source>
        <translation>конечная точка не настроена</translation>
    </message>
</context>
<context>
    <name>ws::HttpReply</name>
    <message>
        <location filename="../core/http/HttpReply.cpp" line="+20"/>
        <source>could not connect within %1 ms</source>
        <translation>не принял подключение за %1 мс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent no answer within %1 ms</source>
        <translation>не ответил за %1 мс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent nothing for %1 ms in the middle of the answer</source>
        <translation>ничего не присылал %1 мс посреди ответа</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 на %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 failed: the connection was refused. Is the server running and listening there?</source>
        <translation>Не удалось выполнить %1: в соединении отказано. Запущен ли сервер и слушает ли он этот адрес?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: the socket %2 does not exist. Start the server, or point the endpoint at the right socket.</source>
        <translation>Не удалось выполнить %1: сокет %2 не существует. Запустите сервер или укажите для конечной точки правильный сокет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: the host was not found (%2). Check the address.</source>
        <translation>Не удалось выполнить %1: узел не найден (%2). Проверьте адрес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: permission denied on the socket %2. Add your user to the group that owns it (for Docker: sudo usermod -aG docker $USER, then log in again).</source>
        <translation>Не удалось выполнить %1: нет доступа к сокету %2. Добавьте своего пользователя в группу-владельца сокета (для Docker: sudo usermod -aG docker $USER, затем войдите в систему заново).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: the server %2. Check that it is healthy, or raise the timeout.</source>
        <translation>Не удалось выполнить %1: сервер %2. Проверьте, что он исправен, или увеличьте тайм-аут.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2</source>
        <translation>Не удалось выполнить %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: %2 Retry; if it keeps happening, look at the server&apos;s log.</source>
        <translation>Не удалось выполнить %1: %2 Повторите попытку; если ошибка повторяется, посмотрите журнал сервера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server closed the connection early.</source>
        <translation>сервер преждевременно закрыл соединение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was cancelled.</source>
        <translation>Запрос %1 отменён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: the TLS connection could not be set up (%2). Check the CA, client certificate and key files of the endpoint.</source>
        <translation>Не удалось выполнить %1: TLS-соединение не установлено (%2). Проверьте файлы CA, клиентского сертификата и ключа для конечной точки.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 answered %2 %3</source>
        <translation>%1: ответ %2 %3</translation>
    </message>
</context>
<context>
    <name>ws::InfraDiscovery</name>
    <message>
        <location filename="../core/infra/InfraDiscovery.cpp" line="+89"/>
        <source>no answer within %1 s; check that it runs and that this computer reaches it</source>
        <translation>нет ответа в течение %1 с; проверьте, что сервис запущен и доступен с этого компьютера</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+45"/>
        <source>the manifest</source>
        <translation>манифеста</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Could not read fleet at %1</source>
        <translation>Не удалось прочитать fleet на %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not list the containers of %1</source>
        <translation>Не удалось получить список контейнеров %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not read registrator&apos;s keys from etcd at %1</source>
        <translation>Не удалось прочитать ключи registrator из etcd на %1</translation>
    </message>
</context>
<context>
    <name>ws::LatencySparkline</name>
    <message>
        <location filename="../gui/map/LatencySparkline.cpp" line="+31"/>
        <source>No latency measured yet</source>
        <translation>Задержка ещё не измерялась</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sample(s), from %1 to %2</source>
        <translation>
            <numerusform>%n замер, от %1 до %2</numerusform>
            <numerusform>%n замера, от %1 до %2</numerusform>
            <numerusform>%n замеров, от %1 до %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no samples yet</source>
        <translation>замеров пока нет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>ws::MainWindow</name>
    <message>
        <location filename="../gui/app/MainWindow.cpp" line="+76"/>
        <source>Explorer</source>
        <translation>Обозреватель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Builds</source>
        <translation>Сборки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deploy</source>
        <translation>Развёртывание</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Copied %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Открыть рабочую область…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Bundled</source>
        <translation>&amp;Встроенные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Demo</source>
        <translation>&amp;Демо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenStack &amp;kilo</source>
        <translation>OpenStack &amp;kilo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;load</source>
        <translation>&amp;Перезагрузить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fit</source>
        <translation>&amp;Вписать в окно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Explorer</source>
        <translation>&amp;Обозреватель</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Builds</source>
        <translation>&amp;Сборки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build &amp;History</source>
        <translation>&amp;История сборок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Configuration (etcd)</source>
        <translation>&amp;Конфигурация (etcd)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deploy (fleet)</source>
        <translation>&amp;Развёртывание (fleet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Map</source>
        <translation>К&amp;арта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Problems</source>
        <translation>&amp;Проблемы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <source>&amp;Build Image</source>
        <translation>&amp;Собрать образ</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Build the image selected in the explorer (F7)</source>
        <translation>Собрать образ, выбранный в обозревателе (F7)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Build %1</source>
        <translation>&amp;Собрать %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The language changes when Whalestack starts again.</source>
        <translation>Язык изменится после перезапуска Whalestack.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System Default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Whalestack</source>
        <translation>&amp;О программе Whalestack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>etcd</source>
        <translation>etcd</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot open %1: there is no such folder.</source>
        <translation>Не удаётся открыть %1: такой папки нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open %1: it is a file, not a workspace folder.</source>
        <translation>Не удаётся открыть %1: это файл, а не папка рабочей области.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading %1 failed.</source>
        <translation>Не удалось загрузить %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 holds no images, templates or unit files. A workspace is a folder with a Dockerfile and vars.mk per image; use File ▸ Open Workspace… to choose another.</source>
        <translation>В %1 нет ни образов, ни шаблонов, ни файлов юнитов. Рабочая область — это папка, где у каждого образа есть Dockerfile и vars.mk; используйте Файл ▸ Открыть рабочую область…, чтобы выбрать другую.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n образ</numerusform>
            <numerusform>%n образа</numerusform>
            <numerusform>%n образов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unit file(s)</source>
        <translation>
            <numerusform>%n файл юнита</numerusform>
            <numerusform>%n файла юнитов</numerusform>
            <numerusform>%n файлов юнитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open Workspace</source>
        <translation>Открыть рабочую область</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The bundled workspace &quot;%1&quot; is not installed.</source>
        <translation>Встроенная рабочая область «%1» не установлена.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No recent workspaces</source>
        <translation>Нет недавних рабочих областей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear Recent</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Problems (%1)</source>
        <translation>Проблемы (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whalestack</source>
        <translation>Whalestack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — Whalestack</source>
        <translation>%1 — Whalestack</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Whalestack</source>
        <translation>О программе Whalestack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Whalestack %1&lt;/h3&gt;&lt;p&gt;Build, configure, deploy and inspect a containerised OpenStack: images, etcd keys and fleet units of a workspace folder.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Whalestack %1&lt;/h3&gt;&lt;p&gt;Сборка, настройка, развёртывание и анализ OpenStack в контейнерах: образы, ключи etcd и юниты fleet из папки рабочей области.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ws::MapDetailsPanel</name>
    <message>
        <location filename="../gui/map/MapDetailsPanel.cpp" line="+66"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probed:</source>
        <translation>Проверка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked:</source>
        <translation>Проверено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error:</source>
        <translation>Последняя ошибка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift:</source>
        <translation>Расхождения:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Property</source>
        <translation>Свойство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>etcd Keys</source>
        <translation>Ключи etcd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the registrator key behind it in the Configuration tab</source>
        <translation>Открыть соответствующий ключ registrator на вкладке «Конфигурация»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet Unit</source>
        <translation>Юнит fleet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show its fleet unit in the Deploy tab</source>
        <translation>Показать его юнит fleet на вкладке «Развёртывание»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image Build</source>
        <translation>Сборка образа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show its image in the Builds tab</source>
        <translation>Показать его образ на вкладке «Сборки»</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nothing selected</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2 (no answer yet)</source>
        <translation>%1 на %2 (ответа ещё нет)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing probes it directly</source>
        <translation>напрямую не проверяется</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parts (%1)</source>
        <translation>Части (%1)</translation>
    </message>
</context>
<context>
    <name>ws::MapDriftMarkerItem</name>
    <message>
        <location filename="../gui/map/MapDriftMarkerItem.cpp" line="+32"/>
        <source>container without a key</source>
        <translation>контейнер без ключа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stale key still routed</source>
        <translation>устаревший ключ всё ещё в маршрутах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed unit</source>
        <translation>юнит с ошибкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backend down</source>
        <translation>бэкенд не работает</translation>
    </message>
</context>
<context>
    <name>ws::MapMinimap</name>
    <message>
        <location filename="../gui/map/MapMinimap.cpp" line="+25"/>
        <source>Overview: click or drag to move the map</source>
        <translation>Обзор: щёлкните или перетащите, чтобы переместить карту</translation>
    </message>
</context>
<context>
    <name>ws::MapView</name>
    <message>
        <location filename="../gui/map/MapView.cpp" line="+72"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The environment of the workspace the map shows</source>
        <translation>Окружение рабочей области, которое показывает карта</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rediscover</source>
        <translation>Обнаружить заново</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask fleet, the Docker engines and etcd again, and probe everything now (F5)</source>
        <translation>Снова опросить fleet, движки Docker и etcd и проверить всё сейчас (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom In</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in (+ or the wheel)</source>
        <translation>Увеличить (+ или колесо мыши)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom Out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out (- or the wheel)</source>
        <translation>Уменьшить (- или колесо мыши)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Вписать в окно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the whole map (F)</source>
        <translation>Показать всю карту (F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find a host, container, service… (Ctrl+F)</source>
        <translation>Найти узел, контейнер, сервис… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find on Map</source>
        <translation>Найти на карте</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export SVG…</source>
        <translation>Экспорт в SVG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the whole map as an SVG drawing</source>
        <translation>Сохранить всю карту как рисунок SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>Экспорт в PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the whole map as a PNG picture</source>
        <translation>Сохранить всю карту как изображение PNG</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No environment to draw: describe one in whalestack.yaml (environments: its etcd, fleet, Docker hosts and services).</source>
        <translation>Нечего рисовать: опишите окружение в whalestack.yaml (environments: его etcd, fleet, хосты Docker и сервисы).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Probe results are not kept: %1</source>
        <translation>Результаты проверок не сохраняются: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discovering %1…</source>
        <translation>Обнаружение %1…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing on the map matches &quot;%1&quot;.</source>
        <translation>На карте нет ничего, что соответствует &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export Map as SVG</source>
        <translation>Экспорт карты в SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Map as PNG</source>
        <translation>Экспорт карты в PNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG pictures (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Environment %1</source>
        <translation>Окружение %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n узел</numerusform>
            <numerusform>%n узла</numerusform>
            <numerusform>%n узлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n контейнер</numerusform>
            <numerusform>%n контейнера</numerusform>
            <numerusform>%n контейнеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n сервис</numerusform>
            <numerusform>%n сервиса</numerusform>
            <numerusform>%n сервисов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n маршрут</numerusform>
            <numerusform>%n маршрута</numerusform>
            <numerusform>%n маршрутов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n drift warning(s)</source>
        <translation>
            <numerusform>%n предупреждение о расхождении</numerusform>
            <numerusform>%n предупреждения о расхождениях</numerusform>
            <numerusform>%n предупреждений о расхождениях</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::MemcachedProbe</name>
    <message>
        <location filename="../core/infra/MemcachedProbe.cpp" line="+88"/>
        <source>%1 is not answering as memcached: %2. Check that the endpoint is memcached&apos;s port.</source>
        <translation>%1 отвечает не так, как memcached: %2. Проверьте, что конечная точка — это порт memcached.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no gets yet</source>
        <translation>запросов get ещё не было</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>memcached %1: %n item(s), %2 of %3 MiB used, %4 connection(s), hit rate %5</source>
        <translation>
            <numerusform>memcached %1: %n элемент, занято %2 из %3 МиБ, соединений: %4, доля попаданий %5</numerusform>
            <numerusform>memcached %1: %n элемента, занято %2 из %3 МиБ, соединений: %4, доля попаданий %5</numerusform>
            <numerusform>memcached %1: %n элементов, занято %2 из %3 МиБ, соединений: %4, доля попаданий %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 refused the connection: memcached is not running there, or listens on another port.</source>
        <translation>%1 отклонил соединение: memcached там не запущен или слушает другой порт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The host of %1 could not be resolved: check the name.</source>
        <translation>Не удалось разрешить имя узла %1: проверьте имя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the connection before answering &apos;%2&apos;: it is not memcached, or memcached refuses this client (too many connections?).</source>
        <translation>%1 закрыл соединение, не ответив на &apos;%2&apos;: это не memcached, или memcached отказывает этому клиенту (слишком много соединений?).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not talk to memcached at %1: %2.</source>
        <translation>Не удалось обменяться данными с memcached на %1: %2.</translation>
    </message>
</context>
<context>
    <name>ws::MemcachedReply</name>
    <message>
        <location filename="../core/infra/MemcachedReply.cpp" line="+71"/>
        <source>it sent a line longer than %1 bytes without an end, which memcached never does</source>
        <translation>прислана строка длиннее %1 байт без окончания, чего memcached никогда не делает</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>it answered &apos;%1&apos;, which is not memcached&apos;s text protocol</source>
        <translation>получен ответ &apos;%1&apos;, не соответствующий текстовому протоколу memcached</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it answered ERROR to &apos;%1&apos;, so it does not know the command: not memcached, or a proxy in front of it</source>
        <translation>на &apos;%1&apos; получен ответ ERROR, значит, команда неизвестна: это не memcached или перед ним стоит прокси</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it answered &apos;%1&apos;</source>
        <translation>получен ответ &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it answered &apos;%1&apos; where memcached says VERSION</source>
        <translation>получен ответ &apos;%1&apos; там, где memcached отвечает VERSION</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it answered &apos;%1&apos; among its stats, where memcached sends STAT or END</source>
        <translation>среди статистики получено &apos;%1&apos; там, где memcached присылает STAT или END</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it sent the stats line &apos;%1&apos; without a value</source>
        <translation>прислана строка статистики &apos;%1&apos; без значения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it sent more than %1 stats lines, which memcached never does</source>
        <translation>прислано больше %1 строк статистики, чего memcached никогда не делает</translation>
    </message>
</context>
<context>
    <name>ws::MysqlGreeting</name>
    <message>
        <location filename="../core/infra/MysqlGreeting.cpp" line="+35"/>
        <source>its greeting is empty</source>
        <translation>приветствие сервера пустое</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its greeting has protocol version %1, not 10</source>
        <translation>в приветствии сервера версия протокола %1, а не 10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its greeting&apos;s server version never ends</source>
        <translation>версия сервера в приветствии не завершается</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its greeting&apos;s server version is not text</source>
        <translation>версия сервера в приветствии не является текстом</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its greeting ends after the server version</source>
        <translation>приветствие заканчивается сразу после версии сервера</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its greeting is cut off after the capability flags</source>
        <translation>приветствие обрывается после флагов возможностей</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its greeting is cut off in the scramble</source>
        <translation>приветствие обрывается в данных scramble</translation>
    </message>
</context>
<context>
    <name>ws::MysqlPacketReader</name>
    <message>
        <location filename="../core/infra/MysqlPacketReader.cpp" line="+28"/>
        <source>it announced a packet of %1 bytes, more than the %2 any MySQL answer to a probe has</source>
        <translation>объявлен пакет размером %1 байт, а ответ MySQL на проверку никогда не превышает %2</translation>
    </message>
</context>
<context>
    <name>ws::MysqlProbe</name>
    <message>
        <location filename="../core/infra/MysqlProbe.cpp" line="+142"/>
        <location line="+63"/>
        <source>%1 is not answering as MySQL or MariaDB: %2. Check that the endpoint is the database&apos;s port.</source>
        <translation>%1 отвечает не так, как MySQL или MariaDB: %2. Проверьте, что конечная точка — это порт базы данных.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The server blocks this host after too many connection errors: run &apos;mysqladmin flush-hosts&apos; (or FLUSH HOSTS) on it and raise max_connect_errors. Find the client that breaks off its handshakes; this probe always completes its own.</source>
        <translation>Сервер заблокировал этот узел после слишком большого числа ошибок соединения: выполните на нём &apos;mysqladmin flush-hosts&apos; (или FLUSH HOSTS) и увеличьте max_connect_errors. Найдите клиент, который обрывает рукопожатие; сама проверка всегда доводит своё рукопожатие до конца.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server has no connection left: raise max_connections or find the client that holds them.</source>
        <translation>У сервера не осталось свободных соединений: увеличьте max_connections или найдите клиент, который их занимает.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not let this host connect: grant access to a user from this host.</source>
        <translation>Сервер не разрешает подключение с этого узла: предоставьте доступ пользователю с этого узла.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the server&apos;s error log.</source>
        <translation>Проверьте журнал ошибок сервера.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered with error %2: %3. %4</source>
        <translation>%1 ответил ошибкой %2: %3. %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sent a broken error packet instead of a greeting: it is not MySQL or MariaDB.</source>
        <translation>%1 прислал повреждённый пакет ошибки вместо приветствия: это не MySQL и не MariaDB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its first packet has sequence number %1, not 0</source>
        <translation>у первого пакета порядковый номер %1, а не 0</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server predates the 4.1 protocol, so the probe does not log in</source>
        <translation>сервер старше протокола 4.1, поэтому проверка не выполняет вход</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 sent an empty packet during the login.</source>
        <translation>%1 прислал пустой пакет во время входа.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an anonymous account accepted the probe&apos;s login</source>
        <translation>вход проверки принят анонимной учётной записью</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sent a broken error packet during the login.</source>
        <translation>%1 прислал повреждённый пакет ошибки во время входа.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 answers, but refused the login with the stored credential (error %3): check the keychain entry and the user&apos;s grants.</source>
        <translation>%1 %2 отвечает, но отклонил вход с сохранёнными учётными данными (ошибка %3): проверьте запись в связке ключей и права пользователя.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 answers, but the monitoring user logs in with the &apos;%2&apos; plugin, which the probe does not speak: create it IDENTIFIED WITH mysql_native_password.</source>
        <translation>%1 отвечает, но пользователь для мониторинга входит через плагин &apos;%2&apos;, который проверка не поддерживает: создайте его с IDENTIFIED WITH mysql_native_password.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 answers, but wants a full caching_sha2_password login (TLS or RSA), which the probe does not do: create the monitoring user IDENTIFIED WITH mysql_native_password.</source>
        <translation>%1 отвечает, но требует полного входа через caching_sha2_password (TLS или RSA), который проверка не выполняет: создайте пользователя для мониторинга с IDENTIFIED WITH mysql_native_password.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 sent an unexpected packet (0x%2) during the login: it is not MySQL or MariaDB.</source>
        <translation>%1 прислал неожиданный пакет (0x%2) во время входа: это не MySQL и не MariaDB.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 logged the probe in, but SHOW GLOBAL STATUS failed: %2.</source>
        <translation>%1 принял вход проверки, но SHOW GLOBAL STATUS не выполнился: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2 answers; SHOW GLOBAL STATUS needs a credential (a monitoring user).</source>
        <translation>%1 %2 отвечает; для SHOW GLOBAL STATUS нужны учётные данные (пользователь для мониторинга).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 answers (%3); SHOW GLOBAL STATUS needs a credential.</source>
        <translation>%1 %2 отвечает (%3); для SHOW GLOBAL STATUS нужны учётные данные.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 %2: up %3 s, %4 connected, %5 running, %6 queries, %7 slow</source>
        <translation>%1 %2: работает %3 с, подключено: %4, выполняется: %5, запросов: %6, медленных: %7</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; this Galera node is %1, not Synced</source>
        <translation>; этот узел Galera в состоянии %1, а не Synced</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 refused the connection: %2 is not running there, or listens on another port (or only on its unix socket: skip-networking).</source>
        <translation>%1 отклонил соединение: %2 там не запущен или слушает другой порт (или только свой unix-сокет: skip-networking).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The host of %1 could not be resolved: check the name.</source>
        <translation>Не удалось разрешить имя узла %1: проверьте имя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the connection without a greeting: it is not %2, or the server refuses connections (check its error log).</source>
        <translation>%1 закрыл соединение без приветствия: это не %2, или сервер отказывает в соединениях (проверьте его журнал ошибок).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 closed the connection during the login.</source>
        <translation>%1 закрыл соединение во время входа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not talk to %1 at %2: %3.</source>
        <translation>Не удалось обменяться данными с %1 на %2: %3.</translation>
    </message>
</context>
<context>
    <name>ws::MysqlResultset</name>
    <message>
        <location filename="../core/infra/MysqlResultset.cpp" line="+91"/>
        <source>an empty packet in the answer to a query</source>
        <translation>пустой пакет в ответе на запрос</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a broken error packet in the answer to a query</source>
        <translation>повреждённый пакет ошибки в ответе на запрос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered error %1 (%2): %3</source>
        <translation>сервер вернул ошибку %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the answer to a query does not start with a column count</source>
        <translation>ответ на запрос не начинается с числа столбцов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer to a query announces %1 columns</source>
        <translation>ответ на запрос объявляет столбцов: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer to a query defines %1 of its %2 columns</source>
        <translation>ответ на запрос определяет %1 из своих %2 столбцов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer to a query defines more columns than it announced</source>
        <translation>ответ на запрос определяет больше столбцов, чем объявил</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a column definition is cut off</source>
        <translation>определение столбца обрывается</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the answer to a query has more than %1 rows</source>
        <translation>в ответе на запрос больше %1 строк</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row %1 of the answer to a query is cut off</source>
        <translation>строка %1 ответа на запрос обрывается</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 of the answer to a query has more values than columns</source>
        <translation>в строке %1 ответа на запрос значений больше, чем столбцов</translation>
    </message>
</context>
<context>
    <name>ws::NetworkTransport</name>
    <message>
        <location filename="../core/http/NetworkTransport.cpp" line="+87"/>
        <source>no CA certificate could be read from %1</source>
        <translation>не удалось прочитать сертификат CA из %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the client certificate %1 or its key %2 could not be read</source>
        <translation>не удалось прочитать клиентский сертификат %1 или его ключ %2</translation>
    </message>
</context>
<context>
    <name>ws::PdnsApiAnswer</name>
    <message>
        <location filename="../core/infra/PdnsApiAnswer.cpp" line="+24"/>
        <source>the server object is not JSON (%1 at offset %2)</source>
        <translation>объект сервера — не JSON (%1 на смещении %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer has no &quot;version&quot;: not a PowerDNS server object</source>
        <translation>в ответе нет &quot;version&quot;: это не объект сервера PowerDNS</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the statistics are not a JSON list</source>
        <translation>статистика — не список JSON</translation>
    </message>
</context>
<context>
    <name>ws::PdnsProbe</name>
    <message>
        <location filename="../core/infra/PdnsProbe.cpp" line="+55"/>
        <source>the DNS address is wrong: %1</source>
        <translation>неверный адрес DNS: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no zone to ask %1 about: add the option zone=&lt;a zone it serves&gt;</source>
        <translation>не указана зона для запроса к %1: добавьте параметр zone=&lt;обслуживаемая им зона&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing to probe at %1: give the API URL (http://host:8081) with an API key, or the option dns=host:port with zone=&lt;zone&gt;</source>
        <translation>на %1 нечего проверять: укажите URL API (http://host:8081) с ключом API или параметр dns=host:port вместе с zone=&lt;зона&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the API address is wrong: %1</source>
        <translation>неверный адрес API: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the PowerDNS API at %1 needs an API key: give the target a credential with api_key (the api-key of pdns.conf)</source>
        <translation>API PowerDNS на %1 требует ключ API: задайте для цели учётные данные с api_key (api-key из pdns.conf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PowerDNS API at %1 refused the API key (%2): check that the credential holds the api-key of pdns.conf</source>
        <translation>API PowerDNS на %1 отклонил ключ API (%2): проверьте, что учётные данные содержат api-key из pdns.conf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HTTP %1 from %2%3</source>
        <translation>HTTP %1 от %2%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PowerDNS API could not be read: %1. Check webserver=yes, api=yes and webserver-address/port in pdns.conf.</source>
        <translation>не удалось прочитать API PowerDNS: %1. Проверьте webserver=yes, api=yes и webserver-address/port в pdns.conf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not answer as the PowerDNS API: %2</source>
        <translation>%1 отвечает не так, как API PowerDNS: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API: PowerDNS %1 %2</source>
        <translation>API: PowerDNS %1 %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot ask for the SOA of &quot;%1&quot;: %2</source>
        <translation>не удаётся запросить SOA для &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>nothing answers DNS at %1 (port unreachable): check the dns option and that pdns_server listens there (local-port)</source>
        <translation>на %1 никто не отвечает по DNS (порт недоступен): проверьте параметр dns и то, что pdns_server слушает этот порт (local-port)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DNS query to %1 failed: %2</source>
        <translation>DNS-запрос к %1 не удался: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the answer over UDP was truncated, and DNS over TCP to %1 failed: %2</source>
        <translation>ответ по UDP был усечён, а DNS-запрос по TCP к %1 не удался: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered with something that is not a DNS message: %2</source>
        <translation>%1 прислал ответ, который не является DNS-сообщением: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered over TCP with another query id or no answer flag</source>
        <translation>%1 ответил по TCP с другим id запроса или без флага ответа</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 answered %2 for the SOA of %3: %4</source>
        <translation>%1 вернул %2 на запрос SOA для %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not serve that zone (check the zone option and the server&apos;s zones)</source>
        <translation>он не обслуживает эту зону (проверьте параметр zone и зоны сервера)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the zone does not exist there</source>
        <translation>такой зоны там нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server has a problem with the zone; see its log</source>
        <translation>у сервера проблема с этой зоной; см. его журнал</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered for %2 without authority (AA=0): it does not serve the zone itself</source>
        <translation>%1 ответил для %2 неавторитетно (AA=0): он сам не обслуживает эту зону</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered for %2 with authority but without its SOA record</source>
        <translation>%1 ответил для %2 авторитетно, но без записи SOA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DNS: %1 serves %2 (SOA serial %3)%4</source>
        <translation>DNS: %1 обслуживает %2 (серийный номер SOA %3)%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, over TCP</source>
        <translation>, по TCP</translation>
    </message>
</context>
<context>
    <name>ws::Probe</name>
    <message>
        <location filename="../core/infra/Probe.cpp" line="+12"/>
        <source>%1 did not answer within %2 s: it is not a %3 server, or it hangs. Check the address and that the service is running.</source>
        <translation>%1 не ответил в течение %2 с: это не сервер %3, или он завис. Проверьте адрес и то, что сервис запущен.</translation>
    </message>
</context>
<context>
    <name>ws::ProbeCredentialSource</name>
    <message>
        <location filename="../core/infra/ProbeCredentialSource.cpp" line="+22"/>
        <source>The keychain entry &quot;%1&quot; is not a JSON object with &quot;username&quot; and &quot;password&quot;, or &quot;api_key&quot;. Store it again in that form.</source>
        <translation>Запись связки ключей &quot;%1&quot; не является объектом JSON с полями &quot;username&quot; и &quot;password&quot; или &quot;api_key&quot;. Сохраните её заново в таком виде.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not read the keychain entry &quot;%1&quot;: %2</source>
        <translation>Не удалось прочитать запись связки ключей &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ws::ProbeScheduler</name>
    <message>
        <location filename="../core/infra/ProbeScheduler.cpp" line="+236"/>
        <source>This build cannot probe &quot;%1&quot; (it knows %2).</source>
        <translation>Эта сборка не умеет проверять &quot;%1&quot; (поддерживаются: %2).</translation>
    </message>
</context>
<context>
    <name>ws::ProbeStatus</name>
    <message>
        <location filename="../core/infra/ProbeStatus.cpp" line="+34"/>
        <source>up</source>
        <translation>работает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>degraded</source>
        <translation>частично работает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down</source>
        <translation>не работает</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>ws::ProbeTarget</name>
    <message>
        <location filename="../core/infra/ProbeTarget.cpp" line="-112"/>
        <source>&apos;%1&apos; is not KIND=ENDPOINT (for example memcached=127.0.0.1:11211).</source>
        <translation>&apos;%1&apos; не имеет вида KIND=ENDPOINT (например, memcached=127.0.0.1:11211).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; names no endpoint after &apos;=&apos;.</source>
        <translation>В &apos;%1&apos; после &apos;=&apos; не указана конечная точка.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Option &apos;%1&apos; in &apos;%2&apos; is not NAME=VALUE.</source>
        <translation>Параметр &apos;%1&apos; в &apos;%2&apos; не имеет вида NAME=VALUE.</translation>
    </message>
</context>
<context>
    <name>ws::ProblemsModel</name>
    <message>
        <location filename="../gui/common/ProblemsModel.cpp" line="+65"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>ws::ProfileStore</name>
    <message>
        <location filename="../core/settings/ProfileStore.cpp" line="+61"/>
        <source>The file is not valid YAML: %1. No profile is loaded from it; fix it, or save new profiles and find it kept as %2.broken.</source>
        <translation>Файл не является корректным YAML: %1. Профили из него не загружены; исправьте его или сохраните новые профили — тогда он сохранится как %2.broken.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the profiles: %1</source>
        <translation>Не удалось прочитать профили: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” appears a second time in the same mapping; only the first one is used.</source>
        <translation>“%1” повторно встречается в том же отображении; используется только первое вхождение.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Expected a mapping with the keys “version” and “profiles” at the top of the file.</source>
        <translation>В начале файла ожидается отображение с ключами “version” и “profiles”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+87"/>
        <source>A key must be a plain word; this one is ignored.</source>
        <translation>Ключ должен быть простым словом; этот ключ пропущен.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Unknown key “%1”: it is kept as it is but not used.</source>
        <translation>Неизвестный ключ “%1”: он сохраняется как есть, но не используется.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“version” must be a whole number (this version reads %1).</source>
        <translation>Значение “version” должно быть целым числом (эта версия читает %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profiles schema version %1 is not supported: this version of Whalestack reads version %2. The profiles it understands are loaded; saving writes version %2.</source>
        <translation>Версия схемы профилей %1 не поддерживается: эта версия Whalestack читает версию %2. Понятные ей профили загружены; при сохранении будет записана версия %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“profiles” must be a list (each item starting with “- ”).</source>
        <translation>Значение “profiles” должно быть списком (каждый элемент начинается с “- ”).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A second profile is named “%1”; names must be unique. Only the first one is used.</source>
        <translation>Ещё один профиль называется “%1”; имена должны быть уникальными. Используется только первый.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” must be a single value, not a list or mapping.</source>
        <translation>Ключ “%1” должен иметь одно значение, а не список или отображение.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each profile must be a mapping with at least “name” and “kind”; this item is skipped.</source>
        <translation>Каждый профиль должен быть отображением как минимум с “name” и “kind”; этот элемент пропущен.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unknown kind “%1”: use one of %2.</source>
        <translation>Неизвестный тип “%1”: используйте один из следующих: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“verify_tls” must be true or false; TLS certificates are verified.</source>
        <translation>Значение “verify_tls” должно быть true или false; сертификаты TLS проверяются.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown key “%1” in a profile: it is kept as it is but not used.</source>
        <translation>Неизвестный ключ “%1” в профиле: он сохраняется как есть, но не используется.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This profile has no “name”; it is skipped.</source>
        <translation>У этого профиля нет “name”; он пропущен.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile “%1” has no “kind” (one of %2); it is skipped.</source>
        <translation>У профиля “%1” нет “kind” (допустимые значения: %2); он пропущен.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“endpoints” must be one address or a list of addresses.</source>
        <translation>Значение “endpoints” должно быть одним адресом или списком адресов.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each endpoint must be an address such as “https://127.0.0.1:2379”; this one is ignored.</source>
        <translation>Каждая конечная точка должна быть адресом вида “https://127.0.0.1:2379”; эта пропущена.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Could not read the connection profiles: %1.</source>
        <translation>Не удалось прочитать профили подключений: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the connection profiles: %1. The previous file is unchanged.</source>
        <translation>Не удалось сохранить профили подключений: %1. Прежний файл не изменён.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot keep the unreadable file as %1</source>
        <translation>не удаётся сохранить нечитаемый файл как %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot replace the backup %1</source>
        <translation>не удаётся заменить резервную копию %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot copy the previous file to %1</source>
        <translation>не удаётся скопировать прежний файл в %1</translation>
    </message>
</context>
<context>
    <name>ws::PushQueue</name>
    <message>
        <location filename="../core/build/PushQueue.cpp" line="+67"/>
        <source>Push cancelled before it started.</source>
        <translation>Отправка отменена до начала.</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+39"/>
        <source>No Docker engine to push with.</source>
        <translation>Нет движка Docker для отправки.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Pushing %1</source>
        <translation>Отправка %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+58"/>
        <source>Push cancelled.</source>
        <translation>Отправка отменена.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Could not tag %1 for the registry: %2</source>
        <translation>Не удалось пометить %1 тегом для реестра: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
</context>
<context>
    <name>ws::RabbitmqManagementAnswer</name>
    <message>
        <location filename="../core/infra/RabbitmqManagementAnswer.cpp" line="+29"/>
        <source>/api/overview is not a JSON object</source>
        <translation>/api/overview — не объект JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>/api/overview has no rabbitmq_version: not RabbitMQ&apos;s management API</source>
        <translation>в /api/overview нет rabbitmq_version: это не API управления RabbitMQ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>/api/nodes is not a JSON array</source>
        <translation>/api/nodes — не массив JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>/api/nodes has an entry without a name</source>
        <translation>в /api/nodes есть запись без имени</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not running</source>
        <translation>не запущен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>memory alarm (publishers are blocked)</source>
        <translation>тревога по памяти (издатели заблокированы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disk free alarm (publishers are blocked)</source>
        <translation>тревога по свободному месту на диске (издатели заблокированы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partitioned from %1</source>
        <translation>отделён от %1 (разделение сети)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>running, no alarms</source>
        <translation>работает, тревог нет</translation>
    </message>
</context>
<context>
    <name>ws::RabbitmqProbe</name>
    <message>
        <location filename="../core/infra/RabbitmqProbe.cpp" line="+77"/>
        <source>%1 speaks AMQP %2, not 0-9-1: it is another broker (or another version) than RabbitMQ&apos;s AMQP 0-9-1 listener. Check the port, or probe it as what it is.</source>
        <translation>%1 использует AMQP %2, а не 0-9-1: это другой брокер (или другая версия), а не слушатель AMQP 0-9-1 RabbitMQ. Проверьте порт или проверяйте этот сервис как то, чем он на самом деле является.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an AMQP 0-9-1 broker: %2. Check that the address points at RabbitMQ&apos;s AMQP port (5672 by default).</source>
        <translation>%1 — не брокер AMQP 0-9-1: %2. Проверьте, что адрес указывает на порт AMQP RabbitMQ (по умолчанию 5672).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>connection to %1 refused: nothing listens there. Start rabbitmq-server or check the port (AMQP is 5672 by default).</source>
        <translation>в соединении с %1 отказано: там ничего не слушает. Запустите rabbitmq-server или проверьте порт (AMQP по умолчанию — 5672).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 closed the connection before it sent Connection.Start: it is not an AMQP 0-9-1 broker, or the broker refuses connections (still starting, connection limit, or a listener for TLS only).</source>
        <translation>%1 закрыл соединение, не прислав Connection.Start: это не брокер AMQP 0-9-1, или брокер отказывает в соединениях (ещё запускается, достигнут предел соединений или слушатель принимает только TLS).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the host of %1 is not known: check the name.</source>
        <translation>узел %1 неизвестен: проверьте имя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not read from %1: %2</source>
        <translation>не удалось прочитать данные от %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 sent a frame of type %2 on channel %3 where AMQP&apos;s Connection.Start belongs: it is not an AMQP 0-9-1 broker.</source>
        <translation>%1 прислал кадр типа %2 в канале %3 там, где должен быть Connection.Start AMQP: это не брокер AMQP 0-9-1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answered AMQP with a Connection.Start we cannot read: %2</source>
        <translation>%1 ответил по AMQP кадром Connection.Start, который не удаётся прочитать: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 answers AMQP but offers version %2-%3 instead of 0-9</source>
        <translation>%1 отвечает по AMQP, но предлагает версию %2-%3 вместо 0-9</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 accepts AMQP 0-9-1 connections (mechanisms: %3)</source>
        <translation>%1 %2 принимает соединения AMQP 0-9-1 (механизмы: %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the broker</source>
        <translation>брокер</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>; the management API was not asked: the target has no credential</source>
        <translation>; API управления не опрашивался: у цели нет учётных данных</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AMQP answers, but the management option is not a URL: %1</source>
        <translation>AMQP отвечает, но параметр management — не URL: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>AMQP answers (%1 %2), but %3</source>
        <translation>AMQP отвечает (%1 %2), но %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the management API refused the credential (401 at %1): check the user and password in the target&apos;s credential, and that the user has the monitoring tag</source>
        <translation>API управления отклонил учётные данные (401 на %1): проверьте пользователя и пароль в учётных данных цели, а также то, что у пользователя есть тег monitoring</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the management API could not be read: %1</source>
        <translation>не удалось прочитать API управления: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the management API at %1 answered something we cannot read: %2</source>
        <translation>API управления на %1 вернул ответ, который не удаётся прочитать: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n node(s) of the cluster are not well: %1</source>
        <translation>
            <numerusform>%n узел кластера неисправен: %1</numerusform>
            <numerusform>%n узла кластера неисправны: %1</numerusform>
            <numerusform>%n узлов кластера неисправны: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; management API: %n node(s) running without alarms</source>
        <translation>
            <numerusform>; API управления: %n узел работает без тревог</numerusform>
            <numerusform>; API управления: %n узла работают без тревог</numerusform>
            <numerusform>; API управления: %n узлов работают без тревог</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::RegistryAuth</name>
    <message>
        <location filename="../core/docker/RegistryAuth.cpp" line="+82"/>
        <source>%1 cannot be read (%2). Fix its permissions, or set DOCKER_CONFIG to another folder.</source>
        <translation>Не удаётся прочитать %1 (%2). Исправьте права доступа к нему или укажите в DOCKER_CONFIG другую папку.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a JSON object (%2 at byte %3). Fix the file or log in again with docker login.</source>
        <translation>%1 не является объектом JSON (%2 на байте %3). Исправьте файл или войдите снова с помощью docker login.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: the auth entry for %2 is not base64 of user:password. Log in again with docker login %2.</source>
        <translation>%1: запись auth для %2 не является строкой user:password в base64. Войдите снова с помощью docker login %2.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 names the credential helper %2, but %2 is not on PATH. Install it, or remove it from the file.</source>
        <translation>%1 указывает помощник учётных данных %2, но %2 не найден в PATH. Установите его или удалите его из файла.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The credential helper %1 (named in %2) gave no answer for %3 within %4 s. Unlock your keychain, or check the helper.</source>
        <translation>Помощник учётных данных %1 (указан в %2) не ответил для %3 в течение %4 с. Разблокируйте связку ключей или проверьте помощник.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The credential helper %1 (named in %2) could not be started: %3.</source>
        <translation>Не удалось запустить помощник учётных данных %1 (указан в %2): %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The credential helper %1 (named in %2) failed for %3: %4</source>
        <translation>Ошибка помощника учётных данных %1 (указан в %2) для %3: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit code %1</source>
        <translation>код выхода %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The credential helper %1 (named in %2) answered for %3 without a JSON object with Username and Secret.</source>
        <translation>Помощник учётных данных %1 (указан в %2) ответил для %3 без объекта JSON с полями Username и Secret.</translation>
    </message>
</context>
<context>
    <name>ws::RegistryCredentialSource</name>
    <message>
        <location filename="../core/build/RegistryCredentialSource.cpp" line="+51"/>
        <source>Could not read the credentials for %1 from the keychain: %2</source>
        <translation>Не удалось прочитать учётные данные для %1 из связки ключей: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The keychain entry %1 of the service &quot;whalestack&quot; is not a JSON object with username and password. Store it again with whalestack-cli login %2.</source>
        <translation>Запись %1 службы &quot;whalestack&quot; в связке ключей — не JSON-объект с username и password. Сохраните её заново командой whalestack-cli login %2.</translation>
    </message>
</context>
<context>
    <name>ws::RegistryProbe</name>
    <message>
        <location filename="../core/infra/RegistryProbe.cpp" line="+53"/>
        <source>The registry at %1 did not answer GET /v2/. Check the address and that the registry runs.</source>
        <translation>Реестр на %1 не ответил на GET /v2/. Проверьте адрес и то, что реестр запущен.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>answers; the login was accepted</source>
        <translation>отвечает; вход выполнен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>answers</source>
        <translation>отвечает</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answers GET /v2/ but without a Docker-Distribution-Api-Version header: it may not be a Docker registry.</source>
        <translation>%1 отвечает на GET /v2/, но без заголовка Docker-Distribution-Api-Version: возможно, это не реестр Docker.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>answers, but refused the login of the keychain entry. Store the right credentials again.</source>
        <translation>отвечает, но отклонил вход с данными из связки ключей. Сохраните правильные учётные данные заново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answers; needs a login</source>
        <translation>отвечает; требуется вход</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered GET /v2/ with HTTP %2, not as a Docker registry (v2) does. Check the address.</source>
        <translation>%1 ответил на GET /v2/ кодом HTTP %2, но не так, как отвечает реестр Docker (v2). Проверьте адрес.</translation>
    </message>
</context>
<context>
    <name>ws::SecretJob</name>
    <message>
        <location filename="../core/secrets/SecretJob.cpp" line="+119"/>
        <source>Nothing is stored in the system keychain under “%1”: enter the password or token again.</source>
        <translation>В системной связке ключей ничего не сохранено под именем “%1”: введите пароль или токен заново.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain refused access to “%1”: unlock the keychain, or allow Whalestack when it asks, and try again (%2).</source>
        <translation>Системная связка ключей отказала в доступе к “%1”: разблокируйте связку ключей или разрешите доступ Whalestack, когда она спросит, и повторите попытку (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain service is running: start gnome-keyring or KWallet, then try again (%1).</source>
        <translation>Служба связки ключей не запущена: запустите gnome-keyring или KWallet и повторите попытку (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain failed on “%1”: %2</source>
        <translation>Ошибка системной связки ключей при обращении к “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ws::SecretStore</name>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="+25"/>
        <location line="+10"/>
        <location line="+13"/>
        <source>the key is empty</source>
        <translation>ключ пуст</translation>
    </message>
</context>
<context>
    <name>ws::ServiceStatusProbe</name>
    <message>
        <location filename="../gui/app/ServiceStatusProbe.cpp" line="+63"/>
        <source>DOCKER_HOST cannot be used: %1</source>
        <translation>Невозможно использовать DOCKER_HOST: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Docker Engine %1, API %2, %3/%4</source>
        <translation>Docker Engine %1, API %2, %3/%4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ETCDCTL_ENDPOINTS cannot be used: %1</source>
        <translation>Невозможно использовать ETCDCTL_ENDPOINTS: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the cluster reports itself unhealthy: %1</source>
        <translation>кластер сообщает о неисправности: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>etcd %1, cluster version %2</source>
        <translation>etcd %1, версия кластера %2</translation>
    </message>
</context>
<context>
    <name>ws::StatusIndicator</name>
    <message>
        <location filename="../gui/common/StatusIndicator.cpp" line="+26"/>
        <source>not checked</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking…</source>
        <translation>проверка…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up</source>
        <translation>работает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down</source>
        <translation>не работает</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>ws::WorkspaceExplorer</name>
    <message>
        <location filename="../gui/explorer/WorkspaceExplorer.cpp" line="+29"/>
        <source>Filter images</source>
        <translation>Фильтр образов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter keys</source>
        <translation>Фильтр ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter unit files</source>
        <translation>Фильтр файлов юнитов</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Images</source>
        <translation>Образы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Юниты</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+118"/>
        <source>No workspace is open.</source>
        <translation>Рабочая область не открыта.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&amp;Build</source>
        <translation>&amp;Собрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build with Everything &amp;Below</source>
        <translation>Собрать вместе со всеми &amp;зависимыми</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1, not built here</source>
        <translation>%1, собирается не здесь</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This workspace has no images.</source>
        <translation>В этой рабочей области нет образов.</translation>
    </message>
</context>
</TS>
