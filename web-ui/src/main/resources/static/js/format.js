// Pure formatting helpers of the scoreboard: no DOM, so that they can be checked on their own.

const integerFormats = new Map();

function integerFormat(locale) {
	let format = integerFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
		integerFormats.set(locale, format);
	}
	return format;
}

/**
 * A whole number with the locale's thousands separators: 12345 -> "12,345".
 * @param {number} value
 * @param {string} [locale]
 * @returns {string}
 */
export function formatNumber(value, locale = 'en') {
	const number = Number(value);
	if (value === null || value === undefined || !Number.isFinite(number)) {
		return '–';
	}
	return integerFormat(locale).format(Math.round(number));
}

/** Points on a board, with thousands separators. */
export const formatPoints = formatNumber;

function twoDigits(value) {
	return String(value).padStart(2, '0');
}

/**
 * A duration as M:SS below an hour, H:MM:SS from an hour on; whole seconds, rounded down.
 * @param {number} millis
 * @returns {string}
 */
export function formatDuration(millis) {
	const number = Number(millis);
	if (millis === null || millis === undefined || !Number.isFinite(number) || number < 0) {
		return '–';
	}
	const totalSeconds = Math.floor(number / 1000);
	const hours = Math.floor(totalSeconds / 3600);
	const minutes = Math.floor((totalSeconds % 3600) / 60);
	const seconds = totalSeconds % 60;
	return (hours > 0) ? `${hours}:${twoDigits(minutes)}:${twoDigits(seconds)}` : `${minutes}:${twoDigits(seconds)}`;
}

/**
 * How a row moved since the board's previous snapshot.
 * @param {number|null|undefined} rankChange places moved up (positive) or down (negative); null for a new entry
 * @returns {{direction: 'up'|'down'|'same'|'new', text: string, label: string}}
 */
export function describeRankChange(rankChange) {
	if (rankChange === null || rankChange === undefined) {
		return { direction: 'new', text: 'new', label: 'new on the board' };
	}
	const places = Math.abs(rankChange);
	const unit = (places === 1) ? 'place' : 'places';
	if (rankChange > 0) {
		return { direction: 'up', text: `▲${places}`, label: `up ${places} ${unit}` };
	}
	if (rankChange < 0) {
		return { direction: 'down', text: `▼${places}`, label: `down ${places} ${unit}` };
	}
	return { direction: 'same', text: '', label: 'no change' };
}

/**
 * The toast for a new score: "NAME reached 7,000 points!".
 * @param {string} displayName
 * @param {number} points
 * @param {string} [locale]
 * @returns {string}
 */
export function scoreToast(displayName, points, locale = 'en') {
	const unit = (Number(points) === 1) ? 'point' : 'points';
	return `${displayName} reached ${formatPoints(points, locale)} ${unit}!`;
}

/**
 * "1 viewer", "1,204 viewers".
 * @param {number} viewers
 * @param {string} [locale]
 * @returns {string}
 */
export function formatViewers(viewers, locale = 'en') {
	return `${formatNumber(viewers, locale)} ${(Number(viewers) === 1) ? 'viewer' : 'viewers'}`;
}

/**
 * "1 participant", "2,000 participants".
 * @param {number} count
 * @param {string} [locale]
 * @returns {string}
 */
export function formatParticipants(count, locale = 'en') {
	return `${formatNumber(count, locale)} ${(Number(count) === 1) ? 'participant' : 'participants'}`;
}

/**
 * "1 season", "3 seasons".
 * @param {number} seasons
 * @param {string} [locale]
 * @returns {string}
 */
export function formatSeasons(seasons, locale = 'en') {
	return `${formatNumber(seasons, locale)} ${(Number(seasons) === 1) ? 'season' : 'seasons'}`;
}

/**
 * Delay before the next attempt to open the stream: 1 s, 2 s, 4 s... at most 30 s.
 * @param {number} attempt 0 for the first retry
 * @returns {number} milliseconds
 */
export function backoffDelay(attempt) {
	const exponent = Math.max(0, Math.min(attempt, 15));
	return Math.min(30000, 1000 * (2 ** exponent));
}

/**
 * When to renew a stream token, in milliseconds from now: shortly before it expires.
 * @param {string} expiresAt ISO-8601 instant
 * @param {number} now epoch milliseconds
 * @returns {number}
 */
export function renewalDelay(expiresAt, now) {
	const expires = Date.parse(expiresAt);
	let remaining = expires - now;
	if (!Number.isFinite(remaining) || remaining <= 0) {
		// Unknown, or a clock that disagrees with the server's: renew in a minute.
		remaining = 60000;
	}
	return Math.max(5000, Math.min(remaining - 30000, remaining * 0.8));
}

/**
 * The board kind of a snapshot, as the page names its boards: live, seasonal, all-time.
 * @param {{kind?: string, boardId?: string}} snapshot
 * @returns {'live'|'seasonal'|'all-time'|null}
 */
export function boardKey(snapshot) {
	switch (snapshot && snapshot.kind) {
		case 'LIVE': return 'live';
		case 'SEASONAL': return 'seasonal';
		case 'ALL_TIME': return 'all-time';
		default: break;
	}
	const prefix = String((snapshot && snapshot.boardId) || '').split(':')[0];
	return ['live', 'seasonal', 'all-time'].includes(prefix) ? prefix : null;
}
