package io.plrlive.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LauncherIT {

	@TempDir
	static Path dataDirectory;

	static Launcher launcher;

	@BeforeAll
	static void start() {
		launcher = new Launcher(dataDirectory, LocalPorts.free(), DemoOptions.IDLE);
		launcher.start();
	}

	@AfterAll
	static void stop() {
		launcher.close();
	}

	@ParameterizedTest
	@EnumSource(Service.class)
	void everyAppReportsHealthUp(Service service) {
		// Change capture is UP once its engine streams, a moment after its context has
		// started.
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			HttpResponse<String> response = get(launcher.url(service).resolve("/actuator/health"));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"status\":\"UP\"");
		});
	}

	@Test
	void welcomePageListsTheDemoCourseInstances() throws IOException, InterruptedException {
		HttpResponse<String> response = get(launcher.url(Service.WEB_UI));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("CS 101", "STAT 200", "Fall 2026");
	}

	@Test
	void gatewayRunsOnReactorNettyBesideTheServletApps() {
		assertThat(launcher.webServer(Service.SSE_GATEWAY).getClass().getSimpleName()).isEqualTo("NettyWebServer");
		assertThat(launcher.webServer(Service.WEB_UI).getClass().getSimpleName()).isEqualTo("TomcatWebServer");
	}

	private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
	}

}
