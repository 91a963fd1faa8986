/**
 * Live sync: the ordered log of every committed change (stamped densely in commit order), the per-node tailer
 * that reads it, and the channels that push it: in-process listeners, WebSocket, SSE and polling.
 */
@NullMarked
package dev.shopfloor.changefeed;

import org.jspecify.annotations.NullMarked;
