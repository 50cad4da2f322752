#include "MapLayerItem.h"

namespace ws {

MapLayerItem::MapLayerItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    setFlag(ItemHasNoContents);
}

} // namespace ws
