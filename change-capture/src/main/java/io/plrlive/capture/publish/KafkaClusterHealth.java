package io.plrlive.capture.publish;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP while the Kafka cluster answers within two seconds, with the number of brokers.
 */
public class KafkaClusterHealth implements HealthIndicator, DisposableBean {

	private final Admin admin;

	public KafkaClusterHealth(Map<String, Object> adminConfiguration) {
		this.admin = Admin.create(adminConfiguration);
	}

	@Override
	public Health health() {
		try {
			Collection<Node> nodes = this.admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
				.nodes()
				.get(3, TimeUnit.SECONDS);
			return Health.up().withDetail("brokers", nodes.size()).build();
		}
		catch (ExecutionException | TimeoutException ex) {
			return Health.down(ex).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.unknown().build();
		}
	}

	@Override
	public void destroy() {
		this.admin.close();
	}

}
