package nl.omgekeerdetoets.system;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.omgekeerdetoets.shared.FieldOrder;
import org.thymeleaf.spring6.util.DetailedError;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The lines of a form's error summary in the order of the form's fields, one per field.
 * Bean Validation reports violations in no particular order, and a field that breaks two
 * rules would otherwise be listed twice; the message on the field itself still says
 * everything. The order is that of the form class's declared fields (rows of a repeating
 * list by their index, then by their own fields' order), which is how the templates lay
 * them out; errors about the form as a whole come first.
 */
@Component("errorSummary")
class ErrorSummary {

	private static final Pattern PATH = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)\\])?(?:\\.(.+))?");

	private final MessageSource messages;

	ErrorSummary(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The heading of the row a field belongs to ("Kostenregel 2" for
	 * {@code costs[1].amountPerYear}), so that two rows with the same problem give two
	 * lines that say which row; {@code null} for a field outside a repeating list. The
	 * heading's message key is the list's name in the singular with {@code .row}
	 * ({@code parties}: {@code party.row}), as the step templates use it.
	 */
	public String rowLabel(DetailedError error, Locale locale) {
		if (error.isGlobal()) {
			return null;
		}
		Matcher matcher = PATH.matcher(error.getFieldName());
		if (!matcher.matches() || matcher.group(2) == null || !matcher.group(1).endsWith("s")) {
			return null;
		}
		String list = matcher.group(1);
		String singular = list.endsWith("ies") ? list.substring(0, list.length() - 3) + "y"
				: list.substring(0, list.length() - 1);
		String key = singular + ".row";
		return this.messages.getMessage(key, new Object[] { Integer.parseInt(matcher.group(2)) + 1 }, null, locale);
	}

	public List<DetailedError> ordered(List<DetailedError> errors, Object form) {
		Map<String, DetailedError> firstPerField = new LinkedHashMap<>();
		List<DetailedError> global = new ArrayList<>();
		for (DetailedError error : errors) {
			if (error.isGlobal()) {
				if (global.stream().noneMatch((known) -> known.getMessage().equals(error.getMessage()))) {
					global.add(error);
				}
			}
			else {
				firstPerField.putIfAbsent(error.getFieldName(), error);
			}
		}
		Class<?> type = (form != null) ? form.getClass() : Object.class;
		List<DetailedError> fields = new ArrayList<>(firstPerField.values());
		fields.sort(Comparator.comparing((DetailedError error) -> position(type, error.getFieldName())));
		global.addAll(fields);
		return global;
	}

	/**
	 * Where a field path comes in the form: its field's place, row, and the row's own
	 * field.
	 */
	private static String position(Class<?> type, String path) {
		Matcher matcher = PATH.matcher(path);
		if (!matcher.matches()) {
			return "9999";
		}
		List<Field> fields = declaredFields(type);
		int index = indexOf(fields, matcher.group(1));
		String position = String.format("%04d", index);
		if (matcher.group(2) != null) {
			position += String.format(".%04d", Integer.parseInt(matcher.group(2)));
		}
		if (matcher.group(3) != null && index < fields.size()) {
			position += "." + position(elementType(fields.get(index)), matcher.group(3));
		}
		return position;
	}

	private static int indexOf(List<Field> fields, String name) {
		for (int i = 0; i < fields.size(); i++) {
			if (fields.get(i).getName().equals(name)) {
				return i;
			}
		}
		return fields.size();
	}

	/**
	 * Fields of the class and its superclasses, the superclass's first, or in the order
	 * the class gives with {@link FieldOrder}.
	 */
	private static List<Field> declaredFields(Class<?> type) {
		List<Field> fields = allFields(type);
		FieldOrder order = type.getAnnotation(FieldOrder.class);
		if (order != null) {
			List<String> named = List.of(order.value());
			fields.sort(Comparator.comparingInt(
					(Field field) -> named.contains(field.getName()) ? named.indexOf(field.getName()) : named.size()));
		}
		return fields;
	}

	private static List<Field> allFields(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
			fields.addAll(allFields(type.getSuperclass()));
		}
		for (Field field : type.getDeclaredFields()) {
			if (!field.isSynthetic() && !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
				fields.add(field);
			}
		}
		return fields;
	}

	private static Class<?> elementType(Field field) {
		if (field.getGenericType() instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return field.getType();
	}

}
