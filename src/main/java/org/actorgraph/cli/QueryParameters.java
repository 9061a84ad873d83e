package org.actorgraph.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * Fills a query's variables with the values of {@code --param name=value}: each value becomes one RDF term
 * that replaces the variable in the parsed query (Jena's syntax substitution), never text pasted into the
 * query string. A value in SPARQL term syntax ({@code <iri>}, {@code prefix:name} with the query's prefixes,
 * {@code "text"@fr}, {@code 42}) is that term, a URL ({@code https://...}) is an IRI, anything else is a
 * plain string.
 */
final class QueryParameters {
    private QueryParameters() {}

    static final class BadParameter extends IllegalArgumentException {
        BadParameter(String message) {
            super(message);
        }
    }

    /** {@code name=value} pairs, split at the first '=' (picocli's map options would process quotes in the value). */
    static Map<String, String> parse(List<String> pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new BadParameter("--param " + pair + ": expected NAME=VALUE");
            }
            params.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return params;
    }

    static Query fill(Query query, Map<String, String> params) {
        if (params.isEmpty()) {
            return query;
        }
        Set<Var> mentioned = mentionedVars(query);
        Map<Var, Node> substitution = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            Var v = Var.alloc(name.startsWith("?") || name.startsWith("$") ? name.substring(1) : name);
            if (!mentioned.contains(v)) {
                throw new BadParameter("--param " + name + ": the query has no variable ?" + v.getVarName());
            }
            substitution.put(v, term(value, query));
        });
        return QueryTransformOps.transform(query, substitution);
    }

    static Node term(String value, Query query) {
        if (value.matches("(?i)^[a-z][a-z0-9+.-]*://\\S+$")) {
            return NodeFactory.createURI(value);
        }
        try {
            Node n = NodeFactoryExtra.parseNode(value, PrefixMapFactory.create(query.getPrefixMapping()));
            if (n.isConcrete()) {
                return n;
            }
        } catch (RuntimeException notATerm) {
            // not SPARQL term syntax: a plain string
        }
        return NodeFactory.createLiteralString(value);
    }

    private static Set<Var> mentionedVars(Query query) {
        Set<Var> vars = new java.util.HashSet<>(OpVars.mentionedVars(Algebra.compile(query)));
        vars.addAll(query.getProjectVars());
        return vars;
    }
}
