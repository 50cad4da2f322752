#include "AppIcons.h"

#include <QApplication>
#include <QFile>

namespace ws {

QIcon AppIcons::icon(const QString &name, QStyle::StandardPixmap fallback)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    if (QFile::exists(path))
        return QIcon(path);
    return QApplication::style()->standardIcon(fallback);
}

QIcon AppIcons::applicationIcon()
{
    return icon(QStringLiteral("whalestack"), QStyle::SP_ComputerIcon);
}

} // namespace ws
