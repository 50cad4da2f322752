#pragma once

#include "CommandLine.h"

namespace ws {

// `login REGISTRY --username U --password-stdin` stores a registry's credentials in the system
// keychain (where pushes look first), `logout REGISTRY` removes them. The password is read
// from stdin only, never from the command line, where other users could see it in ps.
class LoginCommand
{
    Q_DECLARE_TR_FUNCTIONS(LoginCommand)

public:
    explicit LoginCommand(CommandLine &line);
    static bool handles(const QString &command);
    int run(const QString &command);

private:
    CommandLine &m_line;
};

} // namespace ws
