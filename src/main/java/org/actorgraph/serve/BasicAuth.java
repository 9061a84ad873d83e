package org.actorgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;

/**
 * HTTP basic auth from a password file in Jetty's realm format ({@code user: password} a line, {@code #}
 * comments). The file is read once: unlike Fuseki's own {@code passwordFile(...)}, no thread keeps watching
 * it after the server stops.
 */
public final class BasicAuth {
    private BasicAuth() {}

    public static ConstraintSecurityHandler securityHandler(Path passwordFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(passwordFile + ": cannot read the password file (" + e.getMessage() + ")");
        }
        UserStore users = new UserStore();
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String password = colon < 0 ? "" : line.substring(colon + 1).split(",", 2)[0].strip();
            if (colon <= 0 || password.isEmpty()) {
                throw new IllegalArgumentException(passwordFile + ": line " + (i + 1) + ": expected 'user: password'");
            }
            JettySecurityLib.addUser(users, line.substring(0, colon).strip(), password);
            n++;
        }
        if (n == 0) {
            throw new IllegalArgumentException(passwordFile + ": no 'user: password' line");
        }
        try {
            users.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the users of " + passwordFile, e);
        }
        return JettySecurityLib.makeSecurityHandler(Auth.dftRealm, users, AuthScheme.BASIC);
    }
}
