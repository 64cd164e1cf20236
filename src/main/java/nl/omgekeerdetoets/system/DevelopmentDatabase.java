package nl.omgekeerdetoets.system;

/**
 * Present as a bean only when the app runs on its own embedded PostgreSQL because no
 * database was configured. Other modules use it to decide on development-only behaviour,
 * such as loading demo data.
 *
 * @param jdbcUrl where the embedded database listens
 */
public record DevelopmentDatabase(String jdbcUrl) {
}
