package cn.xxgk.search.boundary;

/** A piece of a snippet: plain text, or a match of the query ({@code hit}) that a page marks up. */
public record SnippetPart(String text, boolean hit) {
}
