'use strict';
// Rate limits as the hosted DNS APIs enforce them: sliding windows per key
// ("60 requests a minute per endpoint", "15 writes a minute per domain"),
// judged by the emulator's clock (context.now(), which a test can move).

class SlidingWindows {
    constructor() {
        this.hits = new Map(); // key -> [milliseconds]
    }

    // limits: [{ count, seconds }]. Records the request and returns null when
    // every limit allows it; otherwise records nothing and returns how many
    // whole seconds until the oldest request that counts against the
    // exhausted limit leaves its window.
    take(key, limits, now) {
        const at = now.getTime();
        const longest = Math.max(0, ...limits.map(limit => limit.seconds)) * 1000;
        const kept = (this.hits.get(key) || []).filter(time => at - time < longest);
        let wait = 0;
        for (const limit of limits) {
            if (limit.count <= 0) { // nothing allowed: wait the whole window
                wait = Math.max(wait, limit.seconds);
                continue;
            }
            const inWindow = kept.filter(time => at - time < limit.seconds * 1000);
            if (inWindow.length >= limit.count) {
                const oldest = inWindow[inWindow.length - limit.count];
                wait = Math.max(wait, Math.ceil((oldest + limit.seconds * 1000 - at) / 1000));
            }
        }
        if (wait > 0) {
            this.hits.set(key, kept);
            return Math.max(1, wait);
        }
        kept.push(at);
        this.hits.set(key, kept);
        return null;
    }
}

module.exports = { SlidingWindows };
