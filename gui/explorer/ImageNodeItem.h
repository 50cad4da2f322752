#pragma once

#include <QColor>
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
        // Leaves room for a third line under the tag: the status word (build views).
        bool statusLine = false;
    };

    // A state shown on the node by a view that tracks one (the Builds view): a tint, a short
    // word on the status line so colour is never the only cue, a mark in the top right corner
    // (e.g. "pushed") and a warning badge in the top left one with its explanation.
    struct Status
    {
        QColor colour; // invalid: no tint
        QString text; // on the status line
        QString mark; // a short glyph or word in the top right corner; empty: none
        QString warning; // non-empty: a warning badge whose tooltip this is
    };

    ImageNodeItem(const Spec &spec, const QSizeF &size, QGraphicsItem *parent = nullptr);

    const Spec &spec() const { return m_spec; }
    QString id() const { return m_spec.id; }
    bool isExternal() const { return m_spec.external; }
    // Marked as related to the selection elsewhere (e.g. it reads the selected key).
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    void setStatus(const Status &status);
    const Status &status() const { return m_status; }

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
    Status m_status;
};

} // namespace ws
