package nl.omgekeerdetoets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OmgekeerdeToetsApplication {

	public static void main(String[] args) {
		SpringApplication.run(OmgekeerdeToetsApplication.class, args);
	}

}
