// SPDX-License-Identifier: MIT
// Recolours symbolic SVG icons: the shape's coverage (alpha) filled with one palette colour per icon mode.
#include "ui/reader/icons.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QFuture>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

#include <cmath>

namespace ae::ui {

namespace {

constexpr char kNameProperty[] = "aeThemedIcon";

// Symbolic icons are drawn on a 16-unit grid with 1-unit strokes. Scaled by a fraction (16 -> 20 px) every
// stroke straddles two pixels and turns into a faint blur, so draw at the largest whole multiple of the grid
// that fits the box (16 px in a 20 or 24 px box, at any device pixel ratio), centred; only a box smaller than
// the grid scales down.
QRectF targetRect(int size, const QSizeF &design, qreal dpr)
{
    const qreal grid = qMax(design.width(), design.height());
    qreal drawn = size;
    if (grid > 0 && size >= grid)
        drawn = std::floor(size / grid) * grid;
    const qreal margin = std::floor((size - drawn) / 2 * dpr);
    return QRectF(margin, margin, drawn * dpr, drawn * dpr);
}

// An invalid colour draws the file as it is, filling the box (the application's icon). Any thread.
QImage tinted(QSvgRenderer &svg, int size, const QColor &color, qreal dpr)
{
    const int side = qRound(size * dpr);
    QImage pm(side, side, QImage::Format_ARGB32_Premultiplied);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    if (!color.isValid()) {
        svg.render(&p, QRectF(pm.rect()));
    } else {
        svg.render(&p, targetRect(size, svg.viewBoxF().size(), dpr));
        // Keep the coverage, replace the colour: the file's own grey never reaches the screen.
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(pm.rect(), color);
    }
    p.end();
    return pm;
}

QPixmap toPixmap(const QImage &image, qreal dpr)
{
    QPixmap pm = QPixmap::fromImage(image);
    pm.setDevicePixelRatio(dpr);
    return pm;
}

// Draws a pixmap the first time a size, mode and pixel ratio is asked for, not before: the window's start
// draws only the icons its first frame shows (menus and hidden toolbars wait until they open).
class TintedIconEngine : public QIconEngine
{
public:
    TintedIconEngine(const QString &file, const QColor &normal, const QColor &disabled,
                     const QColor &selected)
        : m_file(file), m_normal(normal), m_disabled(disabled), m_selected(selected)
    {
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        // QIcon asks in device pixels; the application's ratio says how many per logical pixel.
        const qreal dpr = qMax<qreal>(1.0, qApp ? qApp->devicePixelRatio() : 1.0);
        return draw(qRound(qMin(size.width(), size.height()) / dpr), mode, dpr, state);
    }

    // QIcon::pixmap(size, scale) asks here in device pixels (size * scale), for `scale` device pixels per
    // logical pixel: drawn at the logical size, so the icon fills its box as at 1x.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        scale = qMax<qreal>(1.0, scale);
        return draw(qRound(qMin(size.width(), size.height()) / scale), mode, scale, state);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        const QPixmap pm = draw(qMin(rect.width(), rect.height()), mode, qMax<qreal>(1.0, dpr), state);
        const QSize logical = pm.deviceIndependentSize().toSize();
        painter->drawPixmap(QRect(rect.center() - QPoint(logical.width() / 2, logical.height() / 2), logical),
                            pm);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return QSize(side, side);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        if (!m_normal.isValid()) // the application's icon: what window systems ask for
            return {QSize(16, 16), QSize(32, 32), QSize(64, 64), QSize(128, 128)};
        return {QSize(16, 16), QSize(20, 20), QSize(24, 24)}; // menus and rows, the toolbars
    }

    // Starts drawing size/mode/dpr on a worker; draw() takes the drawing when it is first asked for.
    void prepare(int size, QIcon::Mode mode, qreal dpr)
    {
        const QString key = cacheKey(size, mode, dpr);
        if (size <= 0 || m_pixmaps.contains(key) || m_prepared.contains(key))
            return;
        m_prepared.insert(key, QtConcurrent::run([file = m_file, size, color = colorOf(mode), dpr] {
                              QSvgRenderer svg(file);
                              return tinted(svg, size, color, dpr);
                          }));
    }

    QString key() const override { return QStringLiteral("aeTinted"); }
    QIconEngine *clone() const override
    {
        return new TintedIconEngine(m_file, m_normal, m_disabled, m_selected);
    }

private:
    const QColor &colorOf(QIcon::Mode mode) const
    {
        return mode == QIcon::Disabled ? m_disabled : mode == QIcon::Selected ? m_selected : m_normal;
    }

    static QString cacheKey(int size, QIcon::Mode mode, qreal dpr)
    {
        return QStringLiteral("%1/%2/%3")
            .arg(size)
            .arg(dpr)
            .arg(int(mode == QIcon::Active ? QIcon::Normal : mode));
    }

    QPixmap draw(int size, QIcon::Mode mode, qreal dpr, QIcon::State)
    {
        if (size <= 0)
            return {};
        const QString key = cacheKey(size, mode, dpr);
        if (const auto it = m_pixmaps.constFind(key); it != m_pixmaps.constEnd())
            return *it;
        QPixmap pm;
        if (const auto it = m_prepared.find(key); it != m_prepared.end()) {
            pm = toPixmap(it->result(), dpr); // drawn on a worker (runs here if it has not started yet)
            m_prepared.erase(it);
        } else {
            if (!m_svg)
                m_svg = std::make_shared<QSvgRenderer>(m_file);
            pm = toPixmap(tinted(*m_svg, size, colorOf(mode), dpr), dpr);
        }
        m_pixmaps.insert(key, pm);
        return pm;
    }

    QString m_file;
    QColor m_normal, m_disabled, m_selected;
    std::shared_ptr<QSvgRenderer> m_svg; // parsed on the first draw
    QHash<QString, QPixmap> m_pixmaps;
    QHash<QString, QFuture<QImage>> m_prepared; // prepare(): drawings under way on a worker
};

// The engines of the themed icons made so far (they live as long as the icons cached below), by icon.
QHash<qint64, TintedIconEngine *> &engines()
{
    static QHash<qint64, TintedIconEngine *> e;
    return e;
}

} // namespace

QIcon themedIcon(const QString &name, const QPalette &palette)
{
    const std::pair<QIcon::Mode, QColor> modes[] = {
        {QIcon::Normal, palette.color(QPalette::Active, QPalette::ButtonText)},
        {QIcon::Disabled, palette.color(QPalette::Disabled, QPalette::ButtonText)},
        {QIcon::Selected, palette.color(QPalette::Active, QPalette::HighlightedText)},
    };
    // A theme switch, and the window's start, ask for the same icons more than once: render each once per
    // palette (a few dozen names, two or three palettes).
    static QHash<QString, QIcon> cache;
    QString key = name;
    for (const auto &[mode, color] : modes)
        key += QLatin1Char('/') + color.name(QColor::HexArgb);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;

    const QString file = QStringLiteral(":/ae/icons/yaru/%1.svg").arg(name);
    if (!QFile::exists(file))
        return {};
    // Drawn when first shown, at the size and pixel ratio asked for (16, 20 or 24 px: menus and rows, the
    // main toolbar, Draw's toolbar), then kept.
    auto *engine = new TintedIconEngine(file, modes[0].second, modes[1].second, modes[2].second);
    const QIcon icon(engine);
    cache.insert(key, icon);
    engines().insert(icon.cacheKey(), engine);
    return icon;
}

void prepareIcon(const QIcon &icon, int size, QIcon::Mode mode, qreal dpr)
{
    if (TintedIconEngine *engine = engines().value(icon.cacheKey()))
        engine->prepare(size, mode, qMax<qreal>(1.0, dpr));
}

QIcon scalableIcon(const QString &file)
{
    return QIcon(new TintedIconEngine(file, QColor(), QColor(), QColor()));
}

void setThemedIcon(QObject *target, const QString &name, const QPalette &palette)
{
    if (!target)
        return;
    target->setProperty(kNameProperty, name);
    target->setProperty("icon", themedIcon(name, palette));
}

QString themedIconName(const QObject *target)
{
    return target ? target->property(kNameProperty).toString() : QString();
}

void refreshThemedIcons(QWidget *root)
{
    if (!root)
        return;
    // root's palette for all: on a theme change the window hears of it before its children's palettes follow.
    const QPalette palette = root->palette();
    QList<QObject *> targets = root->findChildren<QObject *>();
    targets.prepend(root);
    for (QObject *o : std::as_const(targets)) {
        if (!qobject_cast<QAction *>(o) && !qobject_cast<QAbstractButton *>(o))
            continue;
        const QString name = themedIconName(o);
        if (!name.isEmpty())
            o->setProperty("icon", themedIcon(name, palette));
    }
}

} // namespace ae::ui
