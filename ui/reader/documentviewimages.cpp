// SPDX-License-Identifier: MIT
// DocumentView's images. Each <img> of a page is settled once per render, before the page is built: a file of
// the library is decoded and sized to fit the column (a click on a shrunk one shows it whole); anything else
// becomes a drawn box naming what it is: a missing file (alt text and path), a remote image (alt text; the
// app never fetches it, a click opens it in the browser), or a source that is refused. Find also finds images
// by their alt text.
#include "ui/reader/documentview.h"

#include "markdown/imagesource.h"
#include "ui/reader/documentstyle.h"

#include <QBuffer>
#include <QDialog>
#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ae::ui {

namespace {

QString unescapeAttribute(QString v)
{
    v.replace(QLatin1String("&quot;"), QLatin1String("\""));
    v.replace(QLatin1String("&#39;"), QLatin1String("'"));
    v.replace(QLatin1String("&lt;"), QLatin1String("<"));
    v.replace(QLatin1String("&gt;"), QLatin1String(">"));
    v.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return v;
}

// The attributes of one of our own <img> tags (cmark's or the allowlist's: name="value", values escaped).
QHash<QString, QString> imgAttributes(const QString &attrs)
{
    static const QRegularExpression re(QStringLiteral("([a-z]+)=\"([^\"]*)\""));
    QHash<QString, QString> out;
    for (auto it = re.globalMatch(attrs); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.insert(m.captured(1), unescapeAttribute(m.captured(2)));
    }
    return out;
}

QString attr(const char *name, const QString &value)
{
    return QLatin1Char(' ') + QLatin1String(name) + QStringLiteral("=\"") + value.toHtmlEscaped() +
           QLatin1Char('"');
}

// A decoded library image: raster (any format Qt has a plugin for) or SVG; null when the bytes are neither.
struct Decoded
{
    QImage raster;
    QByteArray svg;
    QSize size; // natural size in pixels
    bool isNull() const { return size.isEmpty(); }
};

Decoded decode(const QString &path, const QByteArray &bytes)
{
    Decoded d;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".svgz"), Qt::CaseInsensitive)) {
        QSvgRenderer svg(bytes);
        if (svg.isValid() && !svg.defaultSize().isEmpty()) {
            d.svg = bytes;
            d.size = svg.defaultSize();
        }
        return d;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    d.raster = reader.read(); // QImageReader's allocation limit refuses decompression bombs
    d.size = d.raster.size();
    return d;
}

QImage renderDecoded(const Decoded &d, QSize logical, qreal dpr)
{
    const QSize pixels = (QSizeF(logical) * dpr).toSize().expandedTo(QSize(1, 1));
    QImage out;
    if (!d.svg.isEmpty()) {
        out = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        out.fill(Qt::transparent);
        QPainter p(&out);
        QSvgRenderer(d.svg).render(&p);
    } else {
        out = pixels == d.raster.size()
                  ? d.raster
                  : d.raster.scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    out.setDevicePixelRatio(dpr);
    return out;
}

// The size a picture is shown at: as written (width and/or height, the other kept in proportion), else its
// own, then shrunk to fit the column.
QSize fitted(QSize natural, int width, int height, int column)
{
    QSizeF s(natural);
    if (width > 0 && height > 0)
        s = QSizeF(width, height);
    else if (width > 0)
        s = QSizeF(width, natural.height() * qreal(width) / natural.width());
    else if (height > 0)
        s = QSizeF(natural.width() * qreal(height) / natural.height(), height);
    if (s.width() > column)
        s = QSizeF(column, s.height() * column / s.width());
    return s.toSize().expandedTo(QSize(1, 1));
}

} // namespace

int DocumentView::columnWidth() const
{
    return qMax(200, int(kReadingMeasureChars * QFontMetricsF(document()->defaultFont()).averageCharWidth()));
}

QString DocumentView::addImageResource(const QImage &image)
{
    const int n = m_images.size();
    m_images.insert(n, image);
    return QStringLiteral("aeimage:%1").arg(n);
}

// A box in place of an image the page does not show: a dashed frame, the alt text, and (when given) a second
// line saying what the image is and what a click does.
QImage DocumentView::imageBox(const QString &title, const QString &detail) const
{
    const qreal dpr = devicePixelRatioF();
    QFont titleFont = document()->defaultFont();
    titleFont.setBold(true);
    QFont detailFont = document()->defaultFont();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 0.85);
    const QFontMetricsF tm(titleFont), dm(detailFont);
    const qreal pad = qRound(tm.height() * 0.45);
    const qreal column = columnWidth();
    const qreal textWidth =
        qMin(column - 2 * pad,
             qMax(tm.horizontalAdvance(title), detail.isEmpty() ? 0.0 : dm.horizontalAdvance(detail)));
    // Whole texts, wrapped in the column (a path has no spaces: it wraps anywhere), never elided.
    const int titleFlags = Qt::AlignLeft | Qt::TextWordWrap;
    const int detailFlags = Qt::AlignLeft | Qt::TextWrapAnywhere;
    const QRectF titleBox = tm.boundingRect(QRectF(0, 0, textWidth, 1e6), titleFlags, title);
    const QRectF detailBox =
        detail.isEmpty() ? QRectF() : dm.boundingRect(QRectF(0, 0, textWidth, 1e6), detailFlags, detail);
    const QSizeF size(textWidth + 2 * pad,
                      titleBox.height() + (detail.isEmpty() ? 0 : detailBox.height() + 2) + 2 * pad);
    QImage image((size * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    const QColor base = palette().color(QPalette::Base), text = palette().color(QPalette::Text);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(mixColors(base, text, 0.45), 1, Qt::DashLine));
    p.setBrush(mixColors(base, text, 0.05));
    p.drawRoundedRect(QRectF(QPointF(0.5, 0.5), size - QSizeF(1, 1)), 4, 4);
    p.setPen(text);
    p.setFont(titleFont);
    p.drawText(QRectF(pad, pad, textWidth, titleBox.height()), titleFlags, title);
    if (!detail.isEmpty()) {
        p.setPen(mixColors(text, base, 0.3));
        p.setFont(detailFont);
        p.drawText(QRectF(pad, pad + titleBox.height() + 2, textWidth, detailBox.height()), detailFlags,
                   detail);
    }
    return image;
}

// One <img> of the page as shown: attrs are its attributes, inLink whether an <a> around it already decides
// what a click does.
QString DocumentView::settleImage(const QString &attrs, bool inLink)
{
    const QHash<QString, QString> a = imgAttributes(attrs);
    const QString src = a.value(QStringLiteral("src"));
    const QString alt = a.value(QStringLiteral("alt"));
    const QString title = alt.isEmpty() ? tr("Image") : alt;
    const auto box = [&](const QString &detail, const QString &tooltip) -> QString {
        const QImage image = imageBox(title, inLink && !tooltip.isEmpty() ? QString() : detail);
        const QSize logical = (QSizeF(image.size()) / image.devicePixelRatio()).toSize();
        return QStringLiteral("<img src=\"%1\"").arg(addImageResource(image)) + attr("alt", alt) +
               attr("title", tooltip.isEmpty() ? detail : tooltip) +
               QStringLiteral(" width=\"%1\" height=\"%2\" />").arg(logical.width()).arg(logical.height());
    };
    const markdown::ImageSource source = markdown::classifyImageSource(src);
    if (source.kind == markdown::ImageSource::Kind::Remote) {
        const QUrl url(source.url);
        const QString where = url.host() + url.path();
        if (inLink)
            return box(QString(), tr("Remote image, not loaded: %1").arg(source.url));
        return QStringLiteral("<a href=\"%1\">").arg(source.url.toHtmlEscaped()) +
               box(tr("Not loaded: a click opens %1 in your browser").arg(where), QString()) +
               QStringLiteral("</a>");
    }
    if (source.kind == markdown::ImageSource::Kind::Refused || !m_library)
        return box(tr("Not shown: only images inside the library are shown"), QString());
    const QString rel =
        content::resolveRelative(source.rootRelative ? QString() : m_current.path, source.path);
    if (rel.isEmpty())
        return box(tr("Not shown: %1 is outside the library").arg(source.path), QString());
    const QByteArray bytes = m_library->readFile(rel);
    if (bytes.isEmpty())
        return box(tr("Missing image: %1").arg(rel), QString());
    const Decoded decoded = decode(rel, bytes);
    if (decoded.isNull())
        return box(tr("Cannot show %1: not an image this application can read").arg(rel), QString());
    const QSize natural = decoded.size;
    const QSize shown = fitted(natural, a.value(QStringLiteral("width")).toInt(),
                               a.value(QStringLiteral("height")).toInt(), columnWidth());
    QString img =
        QStringLiteral("<img src=\"%1\"")
            .arg(addImageResource(renderDecoded(decoded, shown, devicePixelRatioF()))) +
        attr("alt", alt) +
        (a.contains(QStringLiteral("title")) ? attr("title", a.value(QStringLiteral("title"))) : QString()) +
        QStringLiteral(" width=\"%1\" height=\"%2\" />").arg(shown.width()).arg(shown.height());
    if (inLink || shown.width() >= natural.width())
        return img;
    return QStringLiteral("<a href=\"image:%1\">")
               .arg(QString::fromLatin1(QUrl::toPercentEncoding(rel, "/"))) +
           img + QStringLiteral("</a>");
}

QString DocumentView::layoutImages(const QString &html)
{
    m_images.clear();
    static const QRegularExpression tag(QStringLiteral("<(/?)(a|img)\\b([^>]*)>"));
    QString out;
    out.reserve(html.size());
    int copied = 0;
    int links = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(2) == QLatin1String("a")) {
            links = qMax(0, links + (m.captured(1).isEmpty() ? 1 : -1));
            continue;
        }
        if (m.captured(3).contains(QLatin1String("src=\"diagram:")))
            continue;
        out += QStringView(html).mid(copied, m.capturedStart() - copied);
        out += settleImage(m.captured(3), links > 0);
        copied = m.capturedEnd();
    }
    out += QStringView(html).mid(copied);
    return out;
}

// A library image by its source as written in the current document, sized to fit the column; null for
// anything else (remote, refused, outside the library, missing, unreadable). Pages use layoutImages; this
// serves direct asks.
QImage DocumentView::libraryImage(const QString &src) const
{
    const markdown::ImageSource source = markdown::classifyImageSource(src);
    if (!m_library || source.kind != markdown::ImageSource::Kind::Local)
        return {};
    const QString rel =
        content::resolveRelative(source.rootRelative ? QString() : m_current.path, source.path);
    const Decoded decoded = rel.isEmpty() ? Decoded() : decode(rel, m_library->readFile(rel));
    if (decoded.isNull())
        return {};
    return renderDecoded(decoded, fitted(decoded.size, 0, 0, columnWidth()), devicePixelRatioF());
}

// Images whose alt text contains text, as cursors over their character, for findAll.
QVector<QTextCursor> DocumentView::imageMatches(const QString &text, bool caseSensitive) const
{
    QVector<QTextCursor> out;
    const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isImageFormat() ||
                !f.charFormat().property(QTextFormat::ImageAltText).toString().contains(text, cs))
                continue;
            for (int i = 0; i < f.length(); ++i) {
                QTextCursor c(document());
                c.setPosition(f.position() + i);
                c.setPosition(f.position() + i + 1, QTextCursor::KeepAnchor);
                out.append(c);
            }
        }
    }
    return out;
}

void DocumentView::showFullImage(const QString &path)
{
    const QByteArray bytes = m_library ? m_library->readFile(path) : QByteArray();
    const Decoded decoded = decode(path, bytes);
    if (decoded.isNull()) {
        Q_EMIT statusMessage(tr("Cannot show %1").arg(path));
        return;
    }
    const qreal dpr = devicePixelRatioF();
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 (%2 × %3)").arg(path).arg(decoded.size.width()).arg(decoded.size.height()));
    auto *label = new QLabel;
    label->setPixmap(QPixmap::fromImage(renderDecoded(decoded, decoded.size, dpr)));
    label->setAccessibleName(path);
    auto *scroll = new QScrollArea;
    scroll->setWidget(label);
    scroll->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    const QSize available = (screen() ? screen()->availableSize() : QSize(1280, 800)) * 0.85;
    dialog->resize(decoded.size.boundedTo(available).expandedTo(QSize(240, 160)) + QSize(4, 4));
    dialog->show();
}

} // namespace ae::ui
