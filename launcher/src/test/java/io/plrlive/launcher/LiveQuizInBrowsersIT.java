package io.plrlive.launcher;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A live quiz in class, end to end: the whole system on embedded infrastructure, staff
 * and a student in headless Chromium, the host platform's score changes written to
 * PostgreSQL as PrairieLearn writes them.
 */
class LiveQuizInBrowsersIT {

	// Generous: the first changes of a fresh system wait for its topics and tasks to
	// settle
	// on a busy CI machine. How fast a score reaches the boards is logged, and measured
	// by
	// the benchmarks.
	private static final Duration WAIT = Duration.ofSeconds(45);

	@TempDir
	static Path dataDirectory;

	static Launcher launcher;

	static JdbcClient database;

	@BeforeAll
	static void start() {
		launcher = new Launcher(dataDirectory, LocalPorts.free(), DemoOptions.IDLE);
		launcher.start();
		database = JdbcClient.create(launcher.dataSource());
	}

	@AfterAll
	static void stop() {
		launcher.close();
	}

	@Test
	void staffRunAQuizThatStudentsFollowLive() {
		long courseInstance = id("SELECT ci.id FROM course_instances ci JOIN courses c ON c.id = ci.course_id "
				+ "WHERE c.short_name = 'CS 101' AND ci.short_name = 'Fa26'");
		long instructor = id("SELECT user_id FROM users WHERE uid = 'instructor@example.com'");
		long first = id("SELECT user_id FROM users WHERE uid = 'student01@example.com'");
		long second = id("SELECT user_id FROM users WHERE uid = 'student02@example.com'");
		long quiz = id("SELECT id FROM assessments WHERE course_instance_id = " + courseInstance
				+ " AND title = 'Live quiz 1'");
		String page = "/course-instances/" + courseInstance;
		try (Browser staff = new Browser(launcher.url(Service.WEB_UI), 1600, 1800);
				Browser student = new Browser(launcher.url(Service.WEB_UI), 390, 1600)) {
			staff.open("/login");
			staff.screenshot("login");
			staff.signIn(instructor);
			staff.screenshot("welcome");
			staff.open(page);
			staff.click("form.start-form[data-assessment-id='" + quiz + "'] button[data-start-session]");
			await().atMost(WAIT)
				.until(() -> database
					.sql("SELECT count(*) FROM plr_live_sessions WHERE course_instance_id = :ci AND closed_at IS NULL")
					.param("ci", courseInstance)
					.query(Long.class)
					.single() == 1);
			student.signIn(first);
			student.open(page);
			await().atMost(WAIT)
				.until(() -> "live"
					.equals(student.find("[data-connection-state]").getAttribute("data-connection-state")));

			score(quiz, second, 4);
			long scoredAt = System.nanoTime();
			score(quiz, first, 7);
			String firstHandle = handle(first);
			await().atMost(WAIT)
				.pollInterval(Duration.ofMillis(20))
				.untilAsserted(() -> assertThat(rows(staff, "live")).contains(firstHandle).hasSize(2));
			LoggerFactory.getLogger(LiveQuizInBrowsersIT.class)
				.info("A score reached the staff browser's live board in {} ms (first score of a fresh system)",
						Duration.ofNanos(System.nanoTime() - scoredAt).toMillis());
			await().atMost(WAIT).untilAsserted(() -> {
				WebElement own = student.find("[data-board='live'] [data-handle='" + firstHandle + "']");
				assertThat(own.getAttribute("class")).contains("own-row").contains("podium-gold");
			});
			await().atMost(WAIT)
				.pollInterval(Duration.ofMillis(50))
				.untilAsserted(() -> assertThat(staff.findAll("[data-toasts] .toast"))
					.anySatisfy((toast) -> assertThat(toast.getText()).contains("reached")));
			staff.screenshot("staff-live-board");
			student.screenshot("student-live-board");

			// The tabs work from the keyboard.
			staff.find("[role='tab'][data-tab='live']").sendKeys(Keys.ARROW_RIGHT);
			await().atMost(WAIT)
				.untilAsserted(
						() -> assertThat(staff.find("[role='tab'][data-tab='seasonal']").getAttribute("aria-selected"))
							.isEqualTo("true"));
			staff.find("[role='tab'][data-tab='seasonal']").sendKeys(Keys.ARROW_LEFT);
			await().atMost(WAIT)
				.untilAsserted(
						() -> assertThat(staff.find("[role='tab'][data-tab='live']").getAttribute("aria-selected"))
							.isEqualTo("true"));

			// A new display name reaches the other browser's board.
			WebElement nameField = student.find("form.display-name-form input[name='displayName']");
			nameField.clear();
			nameField.sendKeys("Quick Quokka");
			student.click("form.display-name-form button[type='submit']");
			await().atMost(WAIT)
				.untilAsserted(() -> assertThat(
						staff.find("[data-board='live'] [data-handle='" + firstHandle + "'] .display-name").getText())
					.isEqualTo("Quick Quokka"));
			student.screenshot("student-profile");

			// Stop: final standings on both, and the winner's badge.
			staff.click("button[data-stop-session]");
			await().atMost(WAIT)
				.untilAsserted(() -> assertThat(student.find("[data-board='live']").getAttribute("data-final"))
					.isEqualTo("true"));
			await().atMost(WAIT)
				.untilAsserted(() -> assertThat(student.findAll("[data-achievements-earned] [data-achievement='GOLD']"))
					.hasSize(1));
			assertThat(staff.find("[data-board='live']").getAttribute("data-final")).isEqualTo("true");
			// The closed session counts on the seasonal board.
			await().atMost(WAIT)
				.untilAsserted(
						() -> assertThat(staff.findAll("[data-board='seasonal'] [data-handle='" + firstHandle + "']"))
							.hasSize(1));
			staff.screenshot("staff-final-standings");
			student.screenshot("student-achievements");

			// The gateway restarts: both pages show it, and recover by themselves.
			launcher.restart(Service.SSE_GATEWAY);
			await().atMost(WAIT)
				.untilAsserted(
						() -> assertThat(staff.find("[data-connection-state]").getAttribute("data-connection-state"))
							.isEqualTo("live"));
			assertThat(staff.find("[data-board='live'] [data-handle='" + firstHandle + "']")).isNotNull();
		}
	}

	@Test
	void showsTheReconnectingStateWhileTheGatewayIsDown() throws Exception {
		long courseInstance = id("SELECT ci.id FROM course_instances ci JOIN courses c ON c.id = ci.course_id "
				+ "WHERE c.short_name = 'CS 101' AND ci.short_name = 'Sp26'");
		long instructor = id("SELECT user_id FROM users WHERE uid = 'ta@example.com'");
		try (Browser staff = new Browser(launcher.url(Service.WEB_UI), 1280, 800)) {
			staff.signIn(instructor);
			staff.open("/course-instances/" + courseInstance);
			await().atMost(WAIT)
				.until(() -> "live"
					.equals(staff.find("[data-connection-state]").getAttribute("data-connection-state")));
			launcher.stopApp(Service.SSE_GATEWAY);
			try {
				await().atMost(WAIT)
					.until(() -> "reconnecting"
						.equals(staff.find("[data-connection-state]").getAttribute("data-connection-state")));
				staff.screenshot("staff-reconnecting");
			}
			finally {
				launcher.startAppAgain(Service.SSE_GATEWAY);
			}
			await().atMost(WAIT)
				.until(() -> "live"
					.equals(staff.find("[data-connection-state]").getAttribute("data-connection-state")));
		}
	}

	private static java.util.List<String> rows(Browser browser, String board) {
		return browser.findAll("[data-board='" + board + "'] [data-handle]")
			.stream()
			.map((row) -> row.getAttribute("data-handle"))
			.toList();
	}

	// As PrairieLearn records a student's work: an assessment instance with points.
	private static void score(long assessment, long user, double points) {
		database
			.sql("INSERT INTO assessment_instances (assessment_id, user_id, points, max_points) "
					+ "VALUES (:assessment, :user, :points, 10)")
			.param("assessment", assessment)
			.param("user", user)
			.param("points", points)
			.update();
	}

	private static String handle(long user) {
		return database.sql("SELECT handle FROM plr_students WHERE user_id = :user")
			.param("user", user)
			.query(String.class)
			.single();
	}

	private static long id(String sql) {
		return database.sql(sql).query(Long.class).single();
	}

}
