package se.samverka.helprequest;

import java.util.List;
import java.util.stream.IntStream;

/** One page of the queue, numbered from 1. */
record QueuePage(List<QueueRow> rows, int page, int size, long total) {

	int pageCount() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	List<Integer> pages() {
		return IntStream.rangeClosed(1, pageCount()).boxed().toList();
	}

	boolean hasPrevious() {
		return page > 1;
	}

	boolean hasNext() {
		return page < pageCount();
	}

	int firstIndex() {
		return rows.isEmpty() ? 0 : (page - 1) * size + 1;
	}

	int lastIndex() {
		return (page - 1) * size + rows.size();
	}
}
