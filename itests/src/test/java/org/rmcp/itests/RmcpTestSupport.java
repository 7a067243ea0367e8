package org.rmcp.itests;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.awaitility.Awaitility;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.extra.VMOption;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Boots the distribution this build made (not a stock Karaf) in Pax Exam, offline against the
 * build's local repository, with free ports so it never clashes with running containers
 * (toolchain notes, pitfalls 1-3). Commands run through Karaf's own shell session.
 */
public abstract class RmcpTestSupport {
    protected static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected FeaturesService featuresService;

    @Inject
    protected SessionFactory sessionFactory;

    /** The options every test class starts from; subclasses add theirs. */
    protected Option[] baseConfig(Option... extra) {
        String karafVersion = System.getProperty("karaf.version");
        String localRepo = System.getProperty("rmcp.localRepository");
        String dist = System.getProperty("rmcp.distribution");
        List<Option> options = new ArrayList<>(List.of(
            karafDistributionConfiguration().frameworkUrl(dist).name("rmcp").karafVersion(karafVersion)
                .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.INFO),
            systemTimeout(180_000),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepo),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", ""),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.defaultRepositories",
                "file:${karaf.home}/${karaf.default.repository}@id=system.repository@snapshots,"
                    + "file:" + localRepo + "@id=local@snapshots"),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshHost", "127.0.0.1"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort())),
            // the probe runs inside the container: hand it the build facts it needs
            systemProperty("rmcp.localRepository").value(localRepo),
            systemProperty("project.version").value(System.getProperty("project.version")),
            // the role feature boots with the rest, as ./rmcp start does: a feature install after
            // boot would race the probe's install ("Resolver hook prevented resolution")
            editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot", "rmcp-sm"),
            editConfigurationFilePut("etc/org.rmcp.provisioning.repository.cfg", "dir", "${karaf.data}/rmcp-repository"),
            mavenBundle(maven("org.hamcrest", "hamcrest").version("2.2")),
            mavenBundle(maven("org.awaitility", "awaitility").version("4.3.0"))));
        options.addAll(jdk9PlusOptions(karafVersion));
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    private static List<Option> jdk9PlusOptions(String v) {
        List<Option> o = new ArrayList<>();
        for (String arg : new String[] {
            "--add-reads=java.xml=java.logging",
            "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
            "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + v + ".jar",
            "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + v + ".jar",
            "--add-opens", "java.base/java.security=ALL-UNNAMED",
            "--add-opens", "java.base/java.net=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/java.util=ALL-UNNAMED",
            "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
            "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
            "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
            "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "-classpath", "lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*"}) {
            o.add(new VMOption(arg));
        }
        return o;
    }

    protected static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs a shell command in a Karaf session and returns what it printed (and its result). A
     * command whose bundle is still registering its commands (a feature install refreshes
     * bundles) is retried until {@link #WAIT} runs out.
     */
    protected String executeCommand(String command) {
        return Awaitility.await().atMost(WAIT).ignoreExceptionsInstanceOf(CommandNotYetThere.class)
            .until(() -> executeOnce(command), out -> true);
    }

    private String executeOnce(String command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);
        try {
            // run as an admin: Karaf hides ACL-protected commands (feature:install, ...) otherwise
            Subject subject = new Subject();
            subject.getPrincipals().add(new UserPrincipal("itest"));
            for (String role : new String[] {"admin", "manager", "viewer", "systembundles"}) {
                subject.getPrincipals().add(new RolePrincipal(role));
            }
            Object result = Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            if (result != null) {
                out.println(result);
            }
        } catch (PrivilegedActionException | RuntimeException thrown) {
            Exception e = thrown instanceof PrivilegedActionException p ? p.getException() : thrown;
            // gogo's CommandNotFoundException is not exported API: match it by name
            if ("CommandNotFoundException".equals(e.getClass().getSimpleName())) {
                throw new CommandNotYetThere(command);
            }
            throw new AssertionError("command failed: " + command + "\n" + bytes.toString(StandardCharsets.UTF_8), e);
        } finally {
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Waits for a service of {@code type} matching {@code filter} (may be null). */
    protected <T> T awaitService(Class<T> type, String filter) {
        return Awaitility.await().atMost(WAIT).until(() -> {
            var refs = bundleContext.getServiceReferences(type, filter);
            if (refs.isEmpty()) {
                return null;
            }
            ServiceReference<T> ref = refs.iterator().next();
            return bundleContext.getService(ref);
        }, s -> s != null);
    }

    /** A command not (yet) registered in the shell. */
    static final class CommandNotYetThere extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CommandNotYetThere(String command) {
            super("command not found: " + command);
        }
    }

    /** Waits for a service registered under {@code className}, a type the probe need not import. */
    protected void awaitServiceNamed(String className) {
        Awaitility.await().atMost(WAIT).until(() -> bundleContext.getServiceReferences(className, null) != null);
    }
}
