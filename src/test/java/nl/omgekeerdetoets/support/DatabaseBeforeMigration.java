package nl.omgekeerdetoets.support;

import java.util.Arrays;
import java.util.Comparator;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database of its own on the tests' server, migrated to the version just before a
 * migration that moves data, whatever that version is once other branches are merged: a
 * test stores rows in the old shape through {@link #jdbc()}, runs the app's migrations on
 * with {@link #migrateTheRest()}, and checks what became of them.
 */
public final class DatabaseBeforeMigration {

	private final DataSource dataSource;

	private DatabaseBeforeMigration(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Creates the database anew (dropping one left by an earlier run) and migrates it.
	 */
	public static DatabaseBeforeMigration create(String name, String version) {
		DataSource database = TestDatabase.get().freshDatabase(name);
		MigrationVersion migration = MigrationVersion.fromVersion(version);
		MigrationVersion before = Arrays.stream(Flyway.configure().dataSource(database).load().info().all())
			.map(MigrationInfo::getVersion)
			.filter((candidate) -> candidate != null && candidate.compareTo(migration) < 0)
			.max(Comparator.naturalOrder())
			.orElseThrow();
		Flyway.configure().dataSource(database).target(before).load().migrate();
		return new DatabaseBeforeMigration(database);
	}

	/**
	 * Team 1 ("Team Noord") and its consultant, account 1 ("consulent"), for the cases a
	 * test stores.
	 */
	public DatabaseBeforeMigration withTeamAndConsultant() {
		jdbc().sql("""
				insert into team (id, name, cases_visible_to_members, archived, created_at, version)
				overriding system value values (1, 'Team Noord', true, false, now(), 0)
				""").update();
		jdbc().sql("""
				insert into account (id, username, display_name, password_hash, role, active, created_at, version)
				overriding system value values (1, 'consulent', 'Sanne', '{noop}x', 'CONSULTANT', true, now(), 0)
				""").update();
		return this;
	}

	public JdbcClient jdbc() {
		return JdbcClient.create(this.dataSource);
	}

	/** Runs the app's migrations from the one this database stopped before. */
	public void migrateTheRest() {
		Flyway.configure().dataSource(this.dataSource).load().migrate();
	}

}
