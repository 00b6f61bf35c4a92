package se.samverka.api;

import java.util.List;

/**
 * One page of a list: its items and, when there are more, the cursor of the next page ({@code next} is the link).
 *
 * @param items the items of this page
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 * @param next the address of the next page; null on the last page
 */
record ApiPage<T>(List<T> items, String nextCursor, String next) {}
