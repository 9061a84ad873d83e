package org.actorgraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Recognises an HTML page given as an article and keeps its text, one line per paragraph (jsoup). */
final class HtmlText {
    private HtmlText() {}

    /** Tags that only HTML has; a page has several, a text that mentions "<p>" once has not. */
    private static final Pattern TAG = Pattern.compile(
            "(?i)<(?:!doctype\\s+html|html|head|body|p|div|span|br|a\\s+href|h[1-6]|article|section|script|style|meta|"
                    + "title|ul|ol|li|table|tr|td|strong|em|b|i|img)(?:\\s[^<>]*)?/?>");

    static boolean looksLikeHtml(String text) {
        Matcher m = TAG.matcher(text);
        int found = 0;
        while (m.find()) {
            if (++found >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The visible text: scripts and styles dropped, entities decoded, block elements on lines of their own. */
    static String toText(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select("script, style, noscript, template").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append('\n');
                }
            }
        }, page.body());
        StringBuilder text = new StringBuilder();
        for (String line : out.toString().split("\n")) {
            String l = line.strip().replaceAll("\\s{2,}", " ");
            if (!l.isEmpty()) {
                text.append(l).append('\n');
            }
        }
        return text.toString();
    }
}
