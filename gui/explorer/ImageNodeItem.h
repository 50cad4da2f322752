#pragma once

#include <QGraphicsItem>
#include <QSizeF>
#include <QString>

namespace ws {

// One image of the graph: a rounded box with the image's short name and its tag. Images the
// workspace does not produce (external bases) are drawn dashed; colours come from the palette so
// light and dark themes both read.
class ImageNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    struct Spec
    {
        QString id; // full image name, the graph's node id
        QString title; // short name: "ubuntu-keystone"
        QString subtitle; // tag, or a word on what the node is
        bool external = false;
        bool buildable = true;
    };

    ImageNodeItem(const Spec &spec, const QSizeF &size, QGraphicsItem *parent = nullptr);

    const Spec &spec() const { return m_spec; }
    QString id() const { return m_spec.id; }
    bool isExternal() const { return m_spec.external; }
    // Marked as related to the selection elsewhere (e.g. it reads the selected key).
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

    // The size a node needs to show `spec` in `font`.
    static QSizeF preferredSize(const Spec &spec, const QFont &font);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    Spec m_spec;
    QRectF m_rect;
    bool m_highlighted = false;
};

} // namespace ws
