#pragma once

#include <QList>
#include <QWidget>

namespace ws {

// A small line of latency samples over time (oldest left), with the last, lowest and highest
// value written beside it. Knows nothing of where the samples come from: give it a list.
class LatencySparkline : public QWidget
{
    Q_OBJECT

public:
    explicit LatencySparkline(QWidget *parent = nullptr);

    void setSamples(const QList<double> &milliseconds); // negative samples are gaps
    QList<double> samples() const { return m_samples; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_samples;
};

} // namespace ws
