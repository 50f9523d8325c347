#pragma once

#include "app/presentation/inbox/inboxmodel.h"

#include <QColor>
#include <QImage>

namespace ridgeline {

// Small status icons of the Inbox, drawn rather than loaded so that the model needs no resources.
// Each state has its own shape (ring, arrow, tick, filled tick, warning triangle) as well as its
// own colour from the Okabe-Ito palette, so the states stay apart for colour-blind readers and in
// greyscale prints; the status text is always shown beside the icon. `size` in device pixels.
QImage inboxStateIcon(InboxState state, int size = 16);
QColor inboxStateColour(InboxState state);

} // namespace ridgeline
