// SPDX-License-Identifier: MIT
// Shows a drawing list laid out at the widget's width (the height follows, inside a scroll area), with the
// drawing's tooltips and clicks: the same picture the exports write.
#pragma once
#include "draw/drawlist.h"

#include <QWidget>
#include <functional>

namespace ae::ui::compare {

class DrawingView : public QWidget
{
    Q_OBJECT
public:
    using Layout = std::function<draw::DrawList(qreal width)>;
    explicit DrawingView(QWidget *parent = nullptr);
    // Lays out now and again on every width change; an empty layout shows `emptyText`.
    void setLayout(Layout layout, const QString &emptyText = {});
    const draw::DrawList &drawing() const { return m_drawing; }

Q_SIGNALS:
    void activated(int target); // a click on an op with a target

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void relayout();
    Layout m_layout;
    QString m_emptyText;
    draw::DrawList m_drawing;
    qreal m_laidOutWidth = -1;
};

} // namespace ae::ui::compare
