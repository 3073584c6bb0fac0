// SPDX-License-Identifier: MIT
#include "ui/appstyle.h"

#include "ui/reader/documentstyle.h"

#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleFactory>
#include <QStyleOption>

#include <memory>

namespace ae::ui {

namespace {

// Asks `style` for a standard icon the first time the icon is drawn or measured, then answers as that icon.
class DeferredStandardIcon : public QIconEngine
{
public:
    struct Source
    {
        QPointer<QStyle> style;
        QStyle::StandardPixmap which;
        QStyleOption option; // the caller's, without its subclass: only direction, palette and state are kept
        bool hasOption = false;
        QIcon icon;
        bool made = false;
    };

    explicit DeferredStandardIcon(std::shared_ptr<Source> source) : m_source(std::move(source)) {}

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }

    // QIcon asks at device pixels (size) for a screen of `scale` device pixels per logical pixel.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        if (!(scale > 1.0))
            return pixmap(size, mode, state);
        return icon().pixmap(size / scale, scale, mode, state);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    // As a pixmap icon answers: of its sizes, the smallest that covers the area asked for (else the largest),
    // scaled down to fit.
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const auto area = [](const QSize &s) { return s.width() * s.height(); };
        QSize best;
        for (const QSize &s : icon().availableSizes(mode, state)) {
            if (!best.isValid())
                best = s;
            else if (area(s) >= area(size) ? area(best) < area(size) || area(s) < area(best)
                                           : area(best) < area(size) && area(s) > area(best))
                best = s;
        }
        if (best.isValid() && (best.width() > size.width() || best.height() > size.height()))
            best.scale(size, Qt::KeepAspectRatio);
        return best.isValid() ? best : size;
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }

    bool isNull() override { return icon().isNull(); }
    QString iconName() override { return icon().name(); }
    QString key() const override { return QStringLiteral("aeDeferredStandard"); }
    QIconEngine *clone() const override { return new DeferredStandardIcon(m_source); }

private:
    const QIcon &icon()
    {
        Source &s = *m_source;
        if (!s.made && s.style) {
            s.made = true;
            s.icon = s.style->standardIcon(s.which, s.hasOption ? &s.option : nullptr, nullptr);
        }
        return s.icon;
    }

    std::shared_ptr<Source> m_source; // shared by the copies QIcon makes: the style is asked once
};

} // namespace

AppStyle::AppStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

QColor AppStyle::indicatorOutline(const QPalette &palette)
{
    // Halfway from the window towards the text: 3:1 or more on both palettes (tested).
    return mixColors(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.55);
}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                             const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_LineEditClearButton:
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
        break;
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
    auto source = std::make_shared<DeferredStandardIcon::Source>();
    source->style = baseStyle();
    source->which = standardIcon;
    if (option) {
        source->option = *option;
        // A plain QStyleOption now: the style must not take the copy for the subclass it was cut from.
        source->option.type = QStyleOption::SO_Default;
        source->option.version = QStyleOption::Version;
        source->hasOption = true;
    }
    return QIcon(new DeferredStandardIcon(std::move(source)));
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(indicatorOutline(option->palette), 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(r);
    else
        painter->drawRoundedRect(r, 2, 2);
    painter->restore();
}

} // namespace ae::ui
