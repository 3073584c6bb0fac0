// SPDX-License-Identifier: MIT
// Notes drawn on the canvas (Node::showNote): a small card under the node's shape with the note wrapped to
// the card's width. The layout reserves its room (nodeSize adds noteSize); the drawing list splits the node's
// box back into the shape and the card with nodeBodyRect and noteRect, so both back-ends draw it alike.
#pragma once

#include "diagram/diagram.h"
#include "diagram/theme.h"

#include <QColor>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

namespace ae::diagram {

// Whether the node's note is drawn on the canvas (asked for, not empty, the node itself drawn).
bool drawsNote(const Node &node);

// The room the note card needs under a shape `bodyWidth` wide (the gap above it included).
QSizeF noteSize(const Node &node, const Theme &theme, qreal bodyWidth);

// The note's lines, wrapped to a card `cardWidth` wide.
QStringList noteLines(const Node &node, const Theme &theme, qreal cardWidth);

// The shape's part of a node's laid-out box (the whole box when no note is drawn), and the card's.
QRectF nodeBodyRect(const Node &node, const QRectF &box, const Theme &theme);
QRectF noteRect(const Node &node, const QRectF &box, const Theme &theme);

// The card's colours: a paper tint of the theme, and text that keeps 4.5:1 (WCAG AA) against it.
struct NoteColors
{
    QColor fill, stroke, text;
};
NoteColors noteColors(const Theme &theme);

constexpr qreal kNoteGap = 6;        // between the shape and the card
constexpr qreal kNotePadX = 7;       // text inset inside the card
constexpr qreal kNotePadY = 4;       // text inset inside the card
constexpr qreal kNoteMinWidth = 140; // a card narrower than this wraps to a word a line
constexpr qreal kNoteRadius = 3;

} // namespace ae::diagram
