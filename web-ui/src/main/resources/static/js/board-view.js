// One board (live, seasonal or all-time) in its container, [data-board]. Rows are keyed by
// handle and reused, so that a row that changes rank slides to its new place (FLIP: measure,
// reorder, animate the difference with a transform), unless the user prefers reduced motion.

import { achievementInfo, iconElement } from './achievements.js';
import { describeRankChange, formatDuration, formatParticipants, formatPoints, formatSeasons } from './format.js';

const PODIUM = { 1: 'podium-gold', 2: 'podium-silver', 3: 'podium-bronze' };
const PODIUM_CLASSES = Object.values(PODIUM);
const MOVE_MILLIS = 450;

const reducedMotion = (typeof matchMedia === 'function')
	? matchMedia('(prefers-reduced-motion: reduce)')
	: { matches: true };

export class BoardView {

	/**
	 * @param {HTMLElement} container the [data-board] element, with the parts marked
	 * data-board-title, data-board-final, data-board-meta, data-board-empty, data-board-table,
	 * data-board-rows, data-board-pinned and data-board-more
	 * @param {object} options
	 * @param {number} options.visibleRows rows shown before the viewer's own is pinned below
	 * @param {string} options.locale for numbers
	 */
	constructor(container, { visibleRows, locale }) {
		this.container = container;
		this.key = container.dataset.board;
		this.visibleRows = visibleRows;
		this.locale = locale;
		this.document = container.ownerDocument;
		const part = (name) => container.querySelector(`[data-board-${name}]`);
		this.title = part('title');
		this.defaultTitle = this.title ? this.title.textContent : '';
		this.finalTag = part('final');
		this.meta = part('meta');
		this.empty = part('empty');
		this.defaultEmptyText = this.empty ? this.empty.textContent : '';
		this.table = part('table');
		this.body = part('rows');
		this.pinned = part('pinned');
		this.more = part('more');
		this.rows = new Map();
		this.snapshot = null;
		this.ownHandle = null;
	}

	/**
	 * Shows a snapshot unless it is older than the one shown.
	 * @param {object} snapshot a BoardSnapshot
	 * @returns {boolean} whether it was shown
	 */
	update(snapshot) {
		const shown = this.snapshot;
		if (shown && shown.boardId === snapshot.boardId && Number(snapshot.version) <= Number(shown.version)) {
			return false;
		}
		this.snapshot = snapshot;
		this.render();
		return true;
	}

	/** @param {string|null} handle the viewer's handle, whose row is highlighted */
	setOwnHandle(handle) {
		if (handle !== this.ownHandle) {
			this.ownHandle = handle;
			if (this.snapshot) {
				this.render();
			}
		}
	}

	/** @returns {object|undefined} the viewer's entry on this board */
	ownEntry() {
		const entries = (this.snapshot && this.snapshot.entries) || [];
		return this.ownHandle ? entries.find((entry) => entry.handle === this.ownHandle) : undefined;
	}

	render() {
		const snapshot = this.snapshot;
		const entries = Array.isArray(snapshot.entries) ? snapshot.entries : [];
		this.renderHeading(snapshot, entries);

		const hasRows = entries.length > 0;
		if (this.empty) {
			this.empty.hidden = hasRows;
			this.empty.textContent = this.emptyText(snapshot);
		}
		if (this.table) {
			this.table.hidden = !hasRows;
		}

		const visible = entries.slice(0, this.visibleRows);
		const animate = this.canAnimate();
		const before = animate ? this.measure() : null;

		const keep = new Set();
		for (const entry of visible) {
			keep.add(entry.handle);
			let row = this.rows.get(entry.handle);
			if (!row) {
				row = this.createRow(entry.handle);
				this.rows.set(entry.handle, row);
			}
			this.fillRow(row, entry, false);
			// Appending in board order moves existing rows to their new places.
			this.body.append(row.element);
		}
		for (const [handle, row] of this.rows) {
			if (!keep.has(handle)) {
				row.element.remove();
				this.rows.delete(handle);
			}
		}

		this.renderPinned(entries, visible.length);
		if (this.more) {
			this.more.hidden = entries.length <= visible.length;
			this.more.textContent = `Showing the top ${formatPoints(visible.length, this.locale)} of `
				+ `${formatPoints(entries.length, this.locale)}.`;
		}
		if (animate) {
			this.slide(before);
		}
	}

	renderHeading(snapshot, entries) {
		const final = Boolean(snapshot.finalStandings);
		if (this.title) {
			this.title.textContent = (this.key === 'live' && snapshot.sessionTitle) ? snapshot.sessionTitle : this.defaultTitle;
		}
		if (this.finalTag) {
			this.finalTag.hidden = !final;
		}
		if (this.meta) {
			const parts = [formatParticipants(snapshot.participantCount ?? entries.length, this.locale)];
			if (this.key === 'live' && snapshot.sessionId != null) {
				parts.push(final ? 'session closed' : 'session open');
			}
			this.meta.textContent = parts.join(' · ');
		}
		this.container.dataset.version = String(snapshot.version);
		this.container.dataset.final = String(final);
		this.container.dataset.participants = String(entries.length);
	}

	emptyText(snapshot) {
		if (this.key === 'live' && snapshot.finalStandings) {
			return 'No one scored in this session.';
		}
		return this.defaultEmptyText;
	}

	renderPinned(entries, shown) {
		if (!this.pinned) {
			return;
		}
		this.pinned.replaceChildren();
		const index = this.ownHandle ? entries.findIndex((entry) => entry.handle === this.ownHandle) : -1;
		const pin = index >= shown;
		this.pinned.hidden = !pin;
		if (!pin) {
			return;
		}
		const gap = this.document.createElement('tr');
		gap.className = 'pinned-gap';
		const cell = this.document.createElement('td');
		cell.colSpan = 4;
		cell.textContent = '⋯';
		cell.setAttribute('aria-label', 'Rows not shown');
		gap.append(cell);
		const row = this.createRow(entries[index].handle);
		this.fillRow(row, entries[index], true);
		this.pinned.append(gap, row.element);
	}

	createRow(handle) {
		const document = this.document;
		const element = document.createElement('tr');
		element.className = 'board-row';
		element.dataset.handle = handle;

		const rankCell = document.createElement('td');
		rankCell.className = 'rank';
		const rank = document.createElement('span');
		rank.className = 'rank-number';
		const change = document.createElement('span');
		change.className = 'rank-change';
		const changeText = document.createElement('span');
		changeText.setAttribute('aria-hidden', 'true');
		const changeLabel = document.createElement('span');
		changeLabel.className = 'visually-hidden';
		change.append(changeText, changeLabel);
		rankCell.append(rank, change);

		const nameCell = document.createElement('td');
		nameCell.className = 'name';
		const name = document.createElement('span');
		name.className = 'display-name';
		const you = document.createElement('span');
		you.className = 'you-tag';
		you.textContent = 'You';
		you.hidden = true;
		const details = document.createElement('span');
		details.className = 'row-details';
		const badges = document.createElement('span');
		badges.className = 'badges';
		const seasons = document.createElement('span');
		seasons.className = 'seasons';
		seasons.hidden = true;
		details.append(badges, seasons);
		nameCell.append(name, you, details);

		const points = document.createElement('td');
		points.className = 'points';
		const duration = document.createElement('td');
		duration.className = 'duration';

		element.append(rankCell, nameCell, points, duration);
		return { element, rank, change, changeText, changeLabel, name, you, badges, badgeKey: null, seasons, points,
			duration };
	}

	fillRow(row, entry, pinned) {
		const element = row.element;
		const own = Boolean(this.ownHandle) && entry.handle === this.ownHandle;
		element.classList.remove(...PODIUM_CLASSES);
		if (PODIUM[entry.rank]) {
			element.classList.add(PODIUM[entry.rank]);
		}
		element.classList.toggle('own-row', own);
		element.classList.toggle('pinned-own-row', pinned);
		element.dataset.rank = String(entry.rank);
		element.dataset.points = String(entry.points);
		if (own) {
			element.setAttribute('aria-current', 'true');
		}
		else {
			element.removeAttribute('aria-current');
		}

		setText(row.rank, String(entry.rank));
		const movement = describeRankChange(entry.rankChange);
		row.change.dataset.direction = movement.direction;
		setText(row.changeText, movement.text);
		setText(row.changeLabel, movement.label);
		row.change.title = movement.label;

		setText(row.name, entry.displayName);
		row.you.hidden = !own;
		setText(row.points, formatPoints(entry.points, this.locale));
		setText(row.duration, formatDuration(entry.durationMillis));

		const seasons = (entry.seasons === null || entry.seasons === undefined) ? null : entry.seasons;
		row.seasons.hidden = seasons === null;
		setText(row.seasons, (seasons === null) ? '' : formatSeasons(seasons, this.locale));
		if (seasons !== null) {
			row.seasons.dataset.seasons = String(seasons);
		}

		const badges = Array.isArray(entry.badges) ? entry.badges : [];
		const badgeKey = badges.map((badge) => `${badge.achievement}:${badge.count}`).join(',');
		if (badgeKey !== row.badgeKey) {
			row.badgeKey = badgeKey;
			row.badges.replaceChildren(...badges.map((badge) => this.badge(badge)));
		}
	}

	badge({ achievement, count }) {
		const info = achievementInfo(achievement);
		const badge = this.document.createElement('span');
		badge.className = 'badge';
		badge.dataset.badge = info.name;
		badge.dataset.count = String(count);
		const label = (count > 1) ? `${info.title} ×${count}` : info.title;
		badge.title = info.description ? `${label}: ${info.description}` : label;
		const text = this.document.createElement('span');
		text.className = 'visually-hidden';
		text.textContent = label;
		badge.append(iconElement(this.document, info.icon), text);
		if (count > 1) {
			const times = this.document.createElement('span');
			times.className = 'badge-count';
			times.setAttribute('aria-hidden', 'true');
			times.textContent = `×${count}`;
			badge.append(times);
		}
		return badge;
	}

	canAnimate() {
		return !reducedMotion.matches
			&& this.document.visibilityState === 'visible'
			&& this.container.getClientRects().length > 0
			&& typeof Element.prototype.animate === 'function';
	}

	measure() {
		const tops = new Map();
		for (const [handle, row] of this.rows) {
			tops.set(handle, row.element.getBoundingClientRect().top);
		}
		return tops;
	}

	slide(before) {
		for (const [handle, row] of this.rows) {
			const element = row.element;
			// A running slide ends here; the measured position already included it.
			for (const animation of element.getAnimations()) {
				animation.cancel();
			}
			const previousTop = before.get(handle);
			if (previousTop === undefined) {
				element.animate([{ opacity: 0 }, { opacity: 1 }], { duration: MOVE_MILLIS, easing: 'ease-out' });
				continue;
			}
			const delta = previousTop - element.getBoundingClientRect().top;
			if (Math.abs(delta) >= 1) {
				element.animate([{ transform: `translateY(${delta}px)` }, { transform: 'translateY(0)' }],
					{ duration: MOVE_MILLIS, easing: 'cubic-bezier(0.2, 0, 0.2, 1)' });
			}
		}
	}

}

function setText(element, text) {
	if (element.textContent !== text) {
		element.textContent = text;
	}
}
