package nl.omgekeerdetoets.cases;

/**
 * The closed answers the four steps ask for. Each has a message key
 * {@code choice.<Type>.<NAME>}.
 */
public final class Choices {

	private Choices() {
	}

	/** Does the desired effect fall within the goals of the law? */
	public enum WithinGoals {

		YES, PARTLY, NO

	}

	public enum SolutionKind {

		QUICK_FIX, SUSTAINABLE

	}

	/** The values at stake in step 3. */
	public enum Value {

		AUTONOMY, EQUAL_TREATMENT, PROPORTIONALITY, SOLIDARITY, SAFETY

	}

	public enum Scenario {

		WITHOUT_MAATWERK, WITH_MAATWERK

	}

	/** Who pays a cost line. */
	public enum Payer {

		MUNICIPALITY_WMO, MUNICIPALITY_JEUGD, MUNICIPALITY_PARTICIPATIE, MUNICIPALITY_SCHULDHULP, MUNICIPALITY_OTHER,
		RESIDENT, HEALTH_INSURER, HOUSING_CORPORATION, OTHER

	}

	public enum Outcome {

		REACHED, PARTLY, NOT_REACHED

	}

}
