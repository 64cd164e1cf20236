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

	/**
	 * What stood in the way of the solution (step 4). Who pays a cost line is not here:
	 * the price list's {@link nl.omgekeerdetoets.prices.Payer} is the one list of payers.
	 */
	public enum ObstacleKind {

		LAW, POLICY_RULE, WORK_PROCESS, CULTURE

	}

	public enum Outcome {

		REACHED, PARTLY, NOT_REACHED

	}

}
