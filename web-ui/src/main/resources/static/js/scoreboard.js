/*
 * PLR Live scoreboard: the page's only script (an ES module; no inline script, no inline
 * style, no eval, so that it runs under "script-src 'self'; style-src 'self'"). It opens the
 * course instance's stream on the SSE gateway and keeps the three boards, the viewer count,
 * the connection status and (student page) the achievements up to date.
 *
 * Modules: stream.js (token, EventSource, reconnection), board-view.js (rows), format.js (pure
 * formatting), toasts.js, tabs.js, presenter.js, achievements.js (catalogue for badges).
 *
 * Hooks in the page, for this script and for end-to-end tests:
 *
 *   [data-scoreboard]                 root (<main>): data-token-url, data-role="staff|student",
 *                                     data-course-instance-id, optional data-visible-rows,
 *                                     data-open-session-id (staff: the session open at render),
 *                                     data-viewer-handle (set once the stream names the viewer)
 *   [data-scoreboard-area]            the tabs and boards; fullscreen in presenter mode, with
 *                                     data-presenting="true|false" and class "presenting"
 *   [role=tab][data-tab="live|seasonal|all-time"]  the tabs (aria-selected="true" when shown)
 *   [data-board="live|seasonal|all-time"]          a board; data-version, data-final="true|false",
 *                                     data-participants once a snapshot arrived
 *     [data-board-title]              title (live: the session's assessment)
 *     [data-board-final]              "Final standings" tag, hidden unless final
 *     [data-board-empty]              "No live scores yet" and the like, hidden when there are rows
 *     [data-board-rows] tr[data-handle]  one row per shown entry, in board order, with
 *                                     data-rank, data-points and classes board-row,
 *                                     podium-gold / podium-silver / podium-bronze (rank 1/2/3, ties
 *                                     share them), own-row (the viewer's own, aria-current)
 *       .rank-number .rank-change[data-direction="up|down|same|new"] .display-name
 *       .badge[data-badge="GOLD"][data-count] .seasons[data-seasons] .points .duration
 *     [data-board-pinned] tr.pinned-own-row.own-row[data-handle]  the viewer's row when it is
 *                                     below the top rows shown
 *     [data-board-more]               "Showing the top 50 of 2,000."
 *   [data-connection-state="connecting|live|reconnecting|signed-out"]  the status, role=status
 *   [data-viewer-count]               "12 viewers"; the attribute's value is the number
 *   [data-toasts] .toast              toasts "NAME reached N points!", one at a time
 *   [data-presenter-toggle]           staff: enters / leaves presenter mode (aria-pressed)
 *   [data-session-notice]             staff: shown when the live board shows a session other
 *                                     than the one open when the page was rendered
 *   [data-achievements-earned] [data-achievement="GOLD"][data-count="2"]  student: earned ones
 *   [data-achievements-empty]         student: shown while none is earned
 *   [data-catalogue-achievement="GOLD"]  student: all 8; class "earned" and
 *                                     [data-earned-count] text once earned
 *   [data-display-name]               student: the profile's name, kept equal to the boards'
 *   time[data-local-time]             an instant, rewritten in the browser's time zone
 */

import { achievementInfo, iconElement } from './achievements.js';
import { BoardView } from './board-view.js';
import { boardKey, formatNumber, formatViewers, scoreToast } from './format.js';
import { setupPresenter } from './presenter.js';
import { Stream } from './stream.js';
import { setupTabs } from './tabs.js';
import { Toaster } from './toasts.js';

/** Rows shown per board; the viewer's own row is pinned below them when it is further down. */
export const VISIBLE_ROWS = 50;

const STATE_TEXT = {
	connecting: 'Connecting…',
	live: 'Live',
	reconnecting: 'Reconnecting…',
	'signed-out': 'Signed out: reload the page',
};

function meta(name) {
	const element = document.querySelector(`meta[name="${name}"]`);
	return element ? element.getAttribute('content') : null;
}

function localizeTimes(root) {
	for (const time of root.querySelectorAll('time[data-local-time]')) {
		const instant = new Date(time.getAttribute('datetime'));
		if (!Number.isNaN(instant.getTime())) {
			time.textContent = instant.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
			time.title = instant.toLocaleString();
		}
	}
}

function start(root) {
	const locale = document.documentElement.lang || 'en';
	const configuredRows = Number.parseInt(root.dataset.visibleRows || '', 10);
	const visibleRows = (configuredRows > 0) ? configuredRows : VISIBLE_ROWS;

	const views = new Map();
	for (const container of root.querySelectorAll('[data-board]')) {
		views.set(container.dataset.board, new BoardView(container, { visibleRows, locale }));
	}
	const area = root.querySelector('[data-scoreboard-area]') || root;
	setupTabs(root.querySelector('[role="tablist"]'));
	setupPresenter(root.querySelector('[data-presenter-toggle]'), area);
	localizeTimes(root);

	const toaster = new Toaster(root.querySelector('[data-toasts]'));
	const status = root.querySelector('[data-connection-state]');
	const statusText = status && (status.querySelector('[data-connection-text]') || status);
	const viewerCount = root.querySelector('[data-viewer-count]');
	const sessionNotice = root.querySelector('[data-session-notice]');
	const displayName = root.querySelector('[data-display-name]');
	const openSessionId = root.dataset.openSessionId ? Number(root.dataset.openSessionId) : null;

	function setState(state) {
		if (status) {
			status.dataset.connectionState = state;
			statusText.textContent = STATE_TEXT[state] || state;
		}
	}

	function toastNewScores(previous, snapshot) {
		if (snapshot.finalStandings) {
			return;
		}
		const before = new Map();
		if (previous.sessionId === snapshot.sessionId) {
			for (const entry of previous.entries || []) {
				before.set(entry.handle, Number(entry.points));
			}
		}
		for (const entry of snapshot.entries || []) {
			const points = Number(entry.points);
			if (points > 0 && points > (before.get(entry.handle) ?? 0)) {
				toaster.show(scoreToast(entry.displayName, points, locale));
			}
		}
	}

	function checkSession(snapshot) {
		if (!sessionNotice || snapshot.sessionId === null || snapshot.sessionId === undefined) {
			return;
		}
		const shown = Number(snapshot.sessionId);
		// An open session the page does not know, or the page's open session closed elsewhere.
		// The board may lag the page for a moment (just after Start or Stop): the notice
		// follows the latest snapshot, both ways.
		const changed = snapshot.finalStandings ? shown === openSessionId : shown !== openSessionId;
		sessionNotice.hidden = !changed;
	}

	function onBoard(snapshot) {
		const key = boardKey(snapshot);
		const view = key && views.get(key);
		if (!view) {
			return;
		}
		const previous = view.snapshot;
		if (!view.update(snapshot)) {
			return;
		}
		if (key === 'live') {
			// Not on a board's first load: only changes seen on this page are news.
			if (previous) {
				toastNewScores(previous, snapshot);
			}
			checkSession(snapshot);
		}
		const own = view.ownEntry();
		if (own && displayName && displayName.textContent !== own.displayName) {
			displayName.textContent = own.displayName;
		}
	}

	function onViewer(viewer) {
		if (viewer && typeof viewer.handle === 'string') {
			root.dataset.viewerHandle = viewer.handle;
			for (const view of views.values()) {
				view.setOwnHandle(viewer.handle);
			}
		}
	}

	function onViewers(count) {
		if (viewerCount && count && Number.isFinite(Number(count.viewers))) {
			viewerCount.dataset.viewerCount = String(count.viewers);
			viewerCount.textContent = formatViewers(count.viewers, locale);
		}
	}

	function onAchievements(holdings) {
		const earned = root.querySelector('[data-achievements-earned]');
		const empty = root.querySelector('[data-achievements-empty]');
		const list = (holdings && Array.isArray(holdings.achievements)) ? holdings.achievements : [];
		const counts = new Map(list.filter((badge) => badge.count > 0).map((badge) => [badge.achievement, badge.count]));
		if (earned) {
			earned.replaceChildren(...Array.from(counts, ([name, count]) => earnedItem(name, count)));
		}
		if (empty) {
			empty.hidden = counts.size > 0;
		}
		for (const item of root.querySelectorAll('[data-catalogue-achievement]')) {
			const count = counts.get(item.dataset.catalogueAchievement) || 0;
			item.classList.toggle('earned', count > 0);
			const label = item.querySelector('[data-earned-count]');
			if (label) {
				label.hidden = count === 0;
				label.textContent = (count > 0) ? `Earned ×${formatNumber(count, locale)}` : '';
			}
		}
	}

	function earnedItem(name, count) {
		const info = achievementInfo(name);
		const item = document.createElement('li');
		item.className = 'achievement earned';
		item.dataset.achievement = name;
		item.dataset.count = String(count);
		item.title = info.description;
		const title = document.createElement('span');
		title.className = 'achievement-title';
		title.textContent = info.title;
		const times = document.createElement('span');
		times.className = 'achievement-count';
		times.textContent = `×${formatNumber(count, locale)}`;
		item.append(iconElement(document, info.icon), title, times);
		return item;
	}

	const stream = new Stream({
		tokenUrl: root.dataset.tokenUrl,
		csrfHeader: meta('csrf-header'),
		csrfToken: meta('csrf-token'),
		onState: setState,
		onEvent(name, data) {
			switch (name) {
				case 'viewer': onViewer(data); break;
				case 'board': onBoard(data); break;
				case 'viewers': onViewers(data); break;
				case 'achievements': onAchievements(data); break;
				default: break;
			}
		},
	});
	stream.start();
	// Leave the stream when the page goes (and the back/forward cache keeps it); resume on return.
	window.addEventListener('pagehide', () => stream.stop());
	window.addEventListener('pageshow', (event) => {
		if (event.persisted) {
			stream.start();
		}
	});
}

const root = document.querySelector('[data-scoreboard]');
if (root && root.dataset.tokenUrl) {
	start(root);
}
