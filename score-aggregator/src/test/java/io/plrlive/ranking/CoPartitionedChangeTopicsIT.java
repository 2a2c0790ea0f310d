package io.plrlive.ranking;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaAdmin;

import io.plrlive.contracts.Topics;
import io.plrlive.testing.InProcessKafkaBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The check that keeps the streams client from starting on change topics whose partition
 * counts differ, on a broker of its own.
 */
class CoPartitionedChangeTopicsIT {

	private static InProcessKafkaBroker broker;

	@BeforeAll
	static void startBroker() {
		broker = InProcessKafkaBroker.start();
	}

	@AfterAll
	static void stopBroker() {
		broker.close();
	}

	@Test
	void refusesChangeTopicsWithDifferentPartitionCountsNamingThem() {
		broker.createTopics(List.of(Topics.LIVE_SESSION_CHANGES), 2);
		broker.createTopics(List.of(Topics.PARTICIPANT_CHANGES), 3);
		CoPartitionedChangeTopics check = new CoPartitionedChangeTopics(
				new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers())),
				new StreamsBuilderFactoryBean());

		assertThatIllegalStateException().isThrownBy(check::start)
			.withMessageContaining("plr.live-session-changes=2")
			.withMessageContaining("plr.participant-changes=3");
		assertThat(check.isRunning()).isFalse();
		assertThat(check.getPhase()).isLessThan(new StreamsBuilderFactoryBean().getPhase());
	}

}
