#pragma once

#include <QByteArray>

namespace ws {

// Which keys probably hold secrets, so their values are masked until the user reveals them.
// Only the last segment of the key (after the last '/') counts. A segment looks secret when it
// contains one of the unambiguous words (password, passwd, passphrase, secret, token,
// credential, apikey, privatekey) anywhere, case-insensitive ("dbPassword", "ACCESS_TOKEN"), or
// has "key", "keys", "pwd", "pass", "auth" or "creds" as a whole word, words split on
// punctuation and camelCase ("api_key", "apiKey", "ssh-key", "key"). So "monkey", "keyboard",
// "hotkey" and "passenger" are not secret, while a false positive only costs a click.
class EtcdSecretKeys
{
public:
    static bool looksSecret(const QByteArray &key);
};

} // namespace ws
