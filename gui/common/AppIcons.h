#pragma once

#include <QIcon>
#include <QStyle>

namespace ws {

// The application's icons: the SVGs of resources/icons (":/icons/NAME.svg") when the program
// links them, else the style's standard icon, so a test binary without the resources still
// shows something sensible.
class AppIcons
{
public:
    static QIcon icon(const QString &name, QStyle::StandardPixmap fallback);
    static QIcon applicationIcon();
};

} // namespace ws
