package io.plrlive.capture;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.plrlive.contracts.Topics;
import io.plrlive.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=" + ChangeCaptureApplication.CONFIG_NAME)
class ChangeCaptureIT {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.kafka().bootstrapServers());
	}

	@Test
	void reportsHealthUpOverHttp() throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void declaresTheTopicsItProducesWithTheirCleanupPolicy() throws InterruptedException, ExecutionException {
		Map<String, String> expected = Map.of(Topics.LIVE_SESSION_CHANGES.name(), "compact",
				Topics.PARTICIPANT_CHANGES.name(), "compact", Topics.STUDENT_CHANGES.name(), "compact",
				Topics.ENROLLMENT_CHANGES.name(), "compact", Topics.CAPTURE_DEAD_LETTERS.name(), "delete");
		assertThat(cleanupPolicies(expected.keySet().stream().toList())).isEqualTo(expected);
	}

	private static Map<String, String> cleanupPolicies(List<String> topics)
			throws InterruptedException, ExecutionException {
		try (Admin admin = Admin.create(
				Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()))) {
			List<ConfigResource> resources = topics.stream()
				.map((topic) -> new ConfigResource(ConfigResource.Type.TOPIC, topic))
				.toList();
			Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();
			return configs.entrySet()
				.stream()
				.collect(Collectors.toMap((entry) -> entry.getKey().name(),
						(entry) -> entry.getValue().get(TopicConfig.CLEANUP_POLICY_CONFIG).value()));
		}
	}

}
