package io.plrlive.ranking.course;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.plrlive.contracts.achievement.Achievement;
import io.plrlive.contracts.board.Badge;
import io.plrlive.contracts.board.BoardId;
import io.plrlive.ranking.board.BoardHeader;
import io.plrlive.ranking.board.Standing;
import io.plrlive.ranking.season.SeasonRecord;

/**
 * The boards of one task's courses in memory: live boards and the season records that
 * seasonal and all-time boards are computed from. Derived from the state stores, and
 * rebuilt from them when the task starts, so it never holds anything the stores do not.
 */
final class Boards {

	private final Map<Long, LiveBoard> live = new HashMap<>();

	private final Map<Long, Map<Long, SeasonRecord>> seasons = new HashMap<>();

	private final Map<Long, Set<Long>> courseInstancesOfCourse = new HashMap<>();

	private final Map<Long, Long> courseOfSeason = new HashMap<>();

	/**
	 * Rebuilds the boards from the stores, when a task starts.
	 * @param stores the task's stores
	 * @return the boards
	 */
	static Boards loadFrom(CourseStores stores) {
		Boards boards = new Boards();
		stores.forEachSeasonRecord(boards::putSeasonRecord);
		stores.forEachCourseInstance((courseInstanceId, record) -> {
			if (record.finalizedSessions() > 0) {
				boards.seasonStarted(record.courseId(), courseInstanceId);
			}
			SessionState shown = (record.liveSessionId() > 0) ? stores.session(record.liveSessionId()) : null;
			if (shown != null) {
				boards.showLive(courseInstanceId, new LiveBoard(shown, stores.participantsOf(shown.row().sessionId())));
			}
		});
		return boards;
	}

	LiveBoard live(long courseInstanceId) {
		return this.live.get(courseInstanceId);
	}

	void showLive(long courseInstanceId, LiveBoard board) {
		this.live.put(courseInstanceId, board);
	}

	/**
	 * Notes that a course instance finalized a session: its seasonal board and its
	 * course's all-time board exist from then on, empty while nobody scored.
	 * @param courseId the course
	 * @param courseInstanceId the course instance
	 */
	void seasonStarted(long courseId, long courseInstanceId) {
		this.courseOfSeason.put(courseInstanceId, courseId);
		this.seasons.computeIfAbsent(courseInstanceId, (id) -> new HashMap<>());
		this.courseInstancesOfCourse.computeIfAbsent(courseId, (id) -> new TreeSet<>()).add(courseInstanceId);
	}

	void putSeasonRecord(long courseInstanceId, long userId, SeasonRecord record) {
		seasonStarted(record.courseId(), courseInstanceId);
		this.seasons.get(courseInstanceId).put(userId, record);
	}

	/**
	 * The boards a student is on.
	 * @param userId the student
	 * @return their ids
	 */
	List<BoardId> boardsOf(long userId) {
		List<BoardId> found = new ArrayList<>();
		this.live.forEach((courseInstanceId, board) -> {
			if (board.contains(userId)) {
				found.add(BoardId.live(courseInstanceId));
			}
		});
		this.seasons.forEach((courseInstanceId, season) -> {
			if (season.containsKey(userId)) {
				found.add(BoardId.seasonal(courseInstanceId));
				found.add(BoardId.allTime(season.get(userId).courseId()));
			}
		});
		return found.stream().distinct().toList();
	}

	/**
	 * What a board shows now.
	 * @param id the board
	 * @return the view, or {@code null} when the board does not exist (yet)
	 */
	BoardView view(BoardId id) {
		return switch (id.kind()) {
			case LIVE -> liveView(id.scopeId());
			case SEASONAL -> seasonalView(id.scopeId());
			case ALL_TIME -> allTimeView(id.scopeId());
		};
	}

	private BoardView liveView(long courseInstanceId) {
		LiveBoard board = this.live.get(courseInstanceId);
		if (board == null) {
			return null;
		}
		Map<Long, SeasonRecord> season = this.seasons.getOrDefault(courseInstanceId, Map.of());
		return new BoardView(board.header(), board.standings(), (userId) -> badgesOf(season.get(userId)));
	}

	private BoardView seasonalView(long courseInstanceId) {
		Long courseId = this.courseOfSeason.get(courseInstanceId);
		if (courseId == null) {
			return null;
		}
		Map<Long, SeasonRecord> season = this.seasons.get(courseInstanceId);
		List<Standing> standings = new ArrayList<>(season.size());
		season.forEach((userId, record) -> standings
			.add(Standing.of(userId, record.points(), record.durationMillis(), record.reachedAt())));
		return new BoardView(BoardHeader.seasonal(courseId, courseInstanceId), standings,
				(userId) -> badgesOf(season.get(userId)));
	}

	private BoardView allTimeView(long courseId) {
		if (!this.courseInstancesOfCourse.containsKey(courseId)) {
			return null;
		}
		Map<Long, List<SeasonRecord>> byStudent = new HashMap<>();
		for (long courseInstanceId : this.courseInstancesOfCourse.getOrDefault(courseId, Set.of())) {
			this.seasons.getOrDefault(courseInstanceId, Map.of())
				.forEach((userId, record) -> byStudent.computeIfAbsent(userId, (id) -> new ArrayList<>()).add(record));
		}
		List<Standing> standings = new ArrayList<>(byStudent.size());
		byStudent.forEach((userId, records) -> standings.add(allTimeStanding(userId, records)));
		return new BoardView(BoardHeader.allTime(courseId), standings,
				(userId) -> summedBadges(byStudent.getOrDefault(userId, List.of())));
	}

	private static Standing allTimeStanding(long userId, Collection<SeasonRecord> records) {
		long points = records.stream().mapToLong(SeasonRecord::points).sum();
		long duration = records.stream().mapToLong(SeasonRecord::durationMillis).sum();
		// The latest season that changed the points total; while it is 0, the first one.
		Instant reachedAt = records.stream()
			.filter((record) -> record.points() > 0)
			.map(SeasonRecord::reachedAt)
			.max(Instant::compareTo)
			.orElseGet(() -> records.stream().map(SeasonRecord::reachedAt).min(Instant::compareTo).orElseThrow());
		return new Standing(userId, points, duration, reachedAt, records.size());
	}

	private static List<Badge> badgesOf(SeasonRecord record) {
		return (record != null) ? record.badges() : List.of();
	}

	private static List<Badge> summedBadges(Collection<SeasonRecord> records) {
		Map<Achievement, Integer> counts = new EnumMap<>(Achievement.class);
		records.forEach((record) -> record.achievements()
			.forEach((achievement, count) -> counts.merge(achievement, count, Integer::sum)));
		return counts.entrySet().stream().map((held) -> new Badge(held.getKey(), held.getValue())).toList();
	}

}
