// The achievement catalogue as the scoreboard shows badges, mirroring the Achievement enum of the
// contracts module (name, title, Material Symbols icon name, description). The icon is drawn by
// plr.css from the data-icon attribute (a symbol that needs no icon font), so that badges stay
// readable offline.

export const ACHIEVEMENTS = Object.freeze({
	GOLD: { title: 'Gold', icon: 'counter_1', description: 'Final rank 1 in a live session' },
	SILVER: { title: 'Silver', icon: 'counter_2', description: 'Final rank 2 in a live session' },
	BRONZE: { title: 'Bronze', icon: 'counter_3', description: 'Final rank 3 in a live session' },
	HAT_TRICK: { title: 'Hat Trick', icon: 'school', description: 'Rank 1 in each of the 3 most recent live sessions' },
	GOTTA_GO_FAST: { title: 'Gotta Go Fast', icon: 'rocket_launch',
		description: 'Shortest time among those who scored in a live session' },
	SPEED_DEMON: { title: 'Speed Demon', icon: 'sprint',
		description: 'Gotta Go Fast in each of the 5 most recent live sessions' },
	ALWAYS_ON_TIME: { title: 'Always On Time', icon: 'emoji_people', description: 'Took part in every live session so far' },
	UNSTOPPABLE: { title: 'Unstoppable', icon: 'person_celebrate',
		description: 'Rank 1 in each of the 5 most recent live sessions' },
});

/**
 * What the page knows of an achievement, also for a name it does not know yet.
 * @param {string} name e.g. GOLD
 * @returns {{name: string, title: string, icon: string, description: string}}
 */
export function achievementInfo(name) {
	const known = ACHIEVEMENTS[name];
	return known ? { name, ...known } : { name: String(name), title: String(name), icon: '', description: '' };
}

/**
 * An achievement's icon: a span whose symbol plr.css draws from data-icon, hidden from
 * screen readers (the title goes next to it in words).
 * @param {Document} document
 * @param {string} icon Material Symbols name
 * @returns {HTMLSpanElement}
 */
export function iconElement(document, icon) {
	const span = document.createElement('span');
	span.className = 'achievement-icon';
	span.dataset.icon = icon;
	span.setAttribute('aria-hidden', 'true');
	return span;
}
