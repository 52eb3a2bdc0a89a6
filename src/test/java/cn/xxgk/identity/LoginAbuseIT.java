package cn.xxgk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.identity.control.PasswordHasher;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import java.io.File;
import java.net.InetAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login abuse (issue #13): growing delays by client address and by account instead of a lockout
 * an attacker can trigger, one message for every refusal, the password policy, the own change of
 * a password and the forced change of an initial one. Each test logs in from loopback addresses
 * of its own (127.0.1.x), so that the counts of one test do not slow down another.
 * Settings are the defaults: 3 free failures per account, 10 per address, then 2, 4, 8 ... s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginAbuseIT {

    /** The one message of every refused login. */
    static final String REFUSED = "用户名或密码错误，或尝试过于频繁，请稍后再试。";
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(10);
    private static final AtomicInteger NEXT_USER = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()));
    }

    @ArquillianResource
    URL base;

    AuditRows audit;
    long auditBefore;

    @BeforeEach
    void setUp() throws SQLException {
        audit = new AuditRows(ArquillianSetup.database());
        auditBefore = audit.lastId();
    }

    @Test
    void anAttackersWrongPasswordsDoNotKeepTheOwnerOutForLong() throws Exception {
        String owner = newUser("right-pass-2026", false);
        AppClient attacker = fromNewAddress();
        for (int i = 1; i <= 3; i++) {
            assertEquals(REFUSED, LoginPages.refusal(attacker.login(owner, "wrong-guess-" + i)));
        }
        Thread.sleep(2_100); // the 3rd failure made the account wait 2 s
        assertEquals(REFUSED, LoginPages.refusal(attacker.login(owner, "wrong-guess-4")));

        // the 4th failure: 4 s; the right password is refused unchecked until they are over
        AppClient ownerClient = fromNewAddress();
        assertEquals(REFUSED, LoginPages.refusal(ownerClient.login(owner, "right-pass-2026")), "refused during the wait");
        assertEquals(1, reasons(owner, "throttled%"));
        assertEquals(4, reasons(owner, "wrong password"));

        Thread.sleep(4_100);
        assertEquals(302, ownerClient.login(owner, "right-pass-2026").statusCode(), "in once the account's wait is over");
        assertEquals(200, ownerClient.get("api/v1/me").statusCode());
        assertEquals(1, audit.count(auditBefore, owner, "LOGIN", "SUCCESS"));
    }

    @Test
    void manyNamesTriedFromOneAddressSlowThatAddressAlone() throws Exception {
        String colleague = newUser("colleague-pass-7", false);
        AppClient sprayer = fromNewAddress();
        for (int i = 1; i <= 10; i++) {
            assertEquals(REFUSED, LoginPages.refusal(sprayer.login("guess" + i + "-" + NEXT_USER.incrementAndGet(), "Summer-2026!")));
        }

        // the 10th failure from the address: it waits, even with a right password
        assertEquals(REFUSED, LoginPages.refusal(sprayer.login(colleague, "colleague-pass-7")));
        assertEquals(1, reasons(colleague, "throttled%"));
        // from another address the same account gets in at once
        assertEquals(302, fromNewAddress().login(colleague, "colleague-pass-7").statusCode());
    }

    @Test
    void unknownNamesWrongPasswordsDisabledAccountsAndWaitsGetOneMessage() throws Exception {
        String user = newUser("right-pass-2026", false);
        String disabled = newUser("right-pass-2026", false);
        audit.execute("UPDATE app_user SET enabled = FALSE WHERE username = '" + disabled + "'");
        AppClient client = fromNewAddress();

        String unknown = LoginPages.refusal(client.login("nobody" + NEXT_USER.incrementAndGet(), "right-pass-2026"));
        String wrong = LoginPages.refusal(client.login(user, "wrong-pass-2026"));
        String off = LoginPages.refusal(client.login(disabled, "right-pass-2026"));
        client.login(user, "wrong-pass-2027");
        client.login(user, "wrong-pass-2028");
        String throttled = LoginPages.refusal(client.login(user, "right-pass-2026"));

        assertEquals(List.of(REFUSED, REFUSED, REFUSED, REFUSED), List.of(unknown, wrong, off, throttled));
        assertEquals(1, reasons(null, "unknown user"), "the audit keeps each true reason");
        assertEquals(1, reasons(disabled, "account disabled"));
        assertEquals(1, reasons(user, "throttled%"));
    }

    @Test
    void theOwnPasswordChangeKeepsThePolicy() throws Exception {
        String user = newUser("right-pass-2026", false);
        AppClient client = fromNewAddress();
        assertEquals(302, client.login(user, "right-pass-2026").statusCode());

        assertEquals("密码至少需要 12 位。", refusedChange(client, "right-pass-2026", "short-pw-1"));
        assertEquals("密码须包含字母、数字、其他符号中的至少两类。", refusedChange(client, "right-pass-2026", "onlyletterslong"));
        assertEquals("密码不得包含用户名。", refusedChange(client, "right-pass-2026", user + "-2026-x"));
        assertEquals("该密码过于常见，容易被猜中，请换一个。", refusedChange(client, "right-pass-2026", "Password2026!"));
        assertEquals("当前密码不正确。", refusedChange(client, "wrong-pass-2026", "a-good-new-pass-9"));

        assertEquals(302, fromNewAddress().login(user, "right-pass-2026").statusCode(), "the password did not change");
    }

    @Test
    void wrongCurrentPasswordsAtTheChangeCountLikeWrongLogins() throws Exception {
        String user = newUser("right-pass-2026", false);
        AppClient session = fromNewAddress();
        assertEquals(302, session.login(user, "right-pass-2026").statusCode());
        for (int i = 1; i <= 3; i++) {
            assertEquals("当前密码不正确。", refusedChange(session, "wrong-current-" + i, "a-good-new-pass-9"));
        }

        // the 3rd failure made the account wait 2 s: the right current password waits too, and so does the login
        String waiting = refusedChange(session, "right-pass-2026", "a-good-new-pass-9");
        assertTrue(waiting.startsWith("当前密码错误次数过多，请在 ") && waiting.endsWith(" 之后再试。"), waiting);
        assertEquals(REFUSED, LoginPages.refusal(fromNewAddress().login(user, "right-pass-2026")));
        assertEquals(4, audit.count(auditBefore, user, "PASSWORD_CHANGE", "FAILED"), "each refusal is recorded");
        assertEquals(0, audit.scalar("SELECT COUNT(*) FROM audit_record WHERE id > " + auditBefore
                + " AND (CONCAT_WS('|', object_id, detail) LIKE '%-current-%' OR CONCAT_WS('|', object_id, detail) LIKE '%right-pass%')"),
                "never a tried password in the audit");

        Thread.sleep(2_100);
        HttpResponse<String> changed = session.sendJson("POST", "api/v1/account/password",
                "{\"currentPassword\":\"right-pass-2026\",\"newPassword\":\"a-good-new-pass-9\"}");
        assertEquals(204, changed.statusCode(), changed.body());
    }

    @Test
    void aUserChangesTheirOwnPassword() throws Exception {
        String user = newUser("right-pass-2026", false);
        AppClient client = fromNewAddress();
        client.login(user, "right-pass-2026");

        HttpResponse<String> changed = client.sendJson("POST", "api/v1/account/password",
                "{\"currentPassword\":\"right-pass-2026\",\"newPassword\":\"a-good-new-pass-9\"}");

        assertEquals(204, changed.statusCode(), changed.body());
        assertEquals(REFUSED, LoginPages.refusal(fromNewAddress().login(user, "right-pass-2026")), "the old password is gone");
        assertEquals(302, fromNewAddress().login(user, "a-good-new-pass-9").statusCode());
        assertEquals(1, audit.count(auditBefore, user, "PASSWORD_CHANGE", "SUCCESS"));
    }

    @Test
    void anAccountTheOfficeHeadCreatesMustChangeItsPasswordAtFirstLogin() throws Exception {
        AppClient head = fromNewAddress();
        assertEquals(302, head.login("officehead", DemoDirectory.DEMO_PASSWORD).statusCode());
        String user = "newbie" + NEXT_USER.incrementAndGet();
        String weak = LoginPages.fieldError(createAccount(head, user, "aaaaaaaaaaaa"), "new-user:password");
        assertEquals("密码须包含字母、数字、其他符号中的至少两类。", weak, "the refusal is at the password field");
        assertEquals(0, audit.scalar("SELECT COUNT(*) FROM app_user WHERE username = '" + user + "'"));
        createAccount(head, user, "initial-pass-123");
        assertEquals(1, audit.scalar("SELECT COUNT(*) FROM app_user WHERE username = '" + user + "'"));

        AppClient newcomer = fromNewAddress();
        assertEquals(302, newcomer.login(user, "initial-pass-123").statusCode());
        HttpResponse<String> home = newcomer.get("");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElseThrow().endsWith("/account/password.xhtml"));
        HttpResponse<String> api = newcomer.get("api/v1/requests");
        assertEquals(403, api.statusCode());
        assertTrue(api.body().contains("请先修改管理员设置的初始密码"), api.body());
        HttpResponse<String> page = newcomer.get("account/password.xhtml");
        assertTrue(page.body().contains("请先修改密码"), "the change screen says why");

        HttpResponse<String> done = LoginPages.postForm(newcomer, "account/password.xhtml", "password", Map.of(
                "password:current", "initial-pass-123", "password:next", "my-own-pass-2026",
                "password:repeat", "my-own-pass-2026", "password:change", ""));

        assertTrue(done.body().contains("密码已修改。"), done.body());
        assertEquals(200, newcomer.get("").statusCode(), "the user may go anywhere now");
        assertEquals(302, fromNewAddress().login(user, "my-own-pass-2026").statusCode());
    }

    @Test
    void parallelGuessesAreCountedOneByOneWithoutAServerError() throws Exception {
        String user = newUser("right-pass-2026", false);
        InetAddress address = InetAddress.getByName("127.0.1." + NEXT_ADDRESS.incrementAndGet());
        List<Callable<HttpResponse<String>>> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String guess = "parallel-guess-" + i;
            guesses.add(() -> new AppClient(base(), address).login(user, guess));
        }

        List<Future<HttpResponse<String>>> answers;
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            answers = pool.invokeAll(guesses);
        }

        for (Future<HttpResponse<String>> answer : answers) {
            assertEquals(REFUSED, LoginPages.refusal(answer.get()));
        }
        long checked = reasons(user, "wrong password");
        assertEquals(20, checked + reasons(user, "throttled%"), "every attempt is recorded");
        // counted before hashing, under the row's lock: once the 3rd set a wait, the rest are refused unchecked
        assertTrue(checked >= 3 && checked <= 5, checked + " passwords checked of 20 parallel guesses");
    }

    @Test
    void theOfficeHeadSetsAPasswordThatMustBeChanged() throws Exception {
        String user = newUser("right-pass-2026", false);
        long id = audit.scalar("SELECT id FROM app_user WHERE username = '" + user + "'");
        AppClient head = fromNewAddress();
        head.login("officehead", DemoDirectory.DEMO_PASSWORD);

        HttpResponse<String> weak = head.sendJson("PUT", "api/v1/users/" + id + "/password",
                "{\"password\":\"12345678901234\",\"version\":0}");
        assertEquals(400, weak.statusCode(), weak.body());
        assertTrue(weak.body().contains("密码须包含字母、数字、其他符号中的至少两类。"), weak.body());
        HttpResponse<String> set = head.sendJson("PUT", "api/v1/users/" + id + "/password",
                "{\"password\":\"office-set-pass-1\",\"version\":0}");
        assertEquals(200, set.statusCode(), set.body());

        AppClient owner = fromNewAddress();
        assertEquals(302, owner.login(user, "office-set-pass-1").statusCode());
        assertEquals(403, owner.get("api/v1/requests").statusCode(), "held at the change until it is done");
        assertEquals(1, audit.count(auditBefore, "officehead", "USER_PASSWORD_SET", "SUCCESS"));
    }

    @Test
    void theDemoAccountsAreNotMadeToChangeTheirPassword() throws Exception {
        AppClient client = fromNewAddress();
        assertEquals(302, client.login("deptstaff", DemoDirectory.DEMO_PASSWORD).statusCode());

        assertEquals(200, client.get("").statusCode());
    }

    /** A client whose connections come from a loopback address no other test uses. */
    private AppClient fromNewAddress() throws Exception {
        InetAddress address = InetAddress.getByName("127.0.1." + NEXT_ADDRESS.incrementAndGet());
        return new AppClient(base(), address);
    }

    /** The application's URL on 127.0.0.1, reachable from every loopback address. */
    private String base() {
        return base.toString().replace("://localhost:", "://127.0.0.1:");
    }

    /** A local account with a password; {@code mustChange} as if the office head had set it. */
    private String newUser(String password, boolean mustChange) throws SQLException {
        String username = "abuse" + NEXT_USER.incrementAndGet() + "x" + System.nanoTime() % 10000;
        String hash = new PasswordHasher(Integer.parseInt(TestSettings.TEST_PBKDF2_ITERATIONS)).hash(password.toCharArray());
        audit.execute("INSERT INTO app_user (username, display_name, password_hash, password_change_required, created_at)"
                + " VALUES ('" + username + "', 'Abuse Test', '" + hash + "', " + mustChange + ", NOW(6))");
        return username;
    }

    /** How many refused logins of {@code actor} (any when null) the audit records with a detail LIKE the one given. */
    private long reasons(String actor, String detailLike) throws SQLException {
        return audit.scalar("SELECT COUNT(*) FROM audit_record WHERE id > " + auditBefore
                + " AND action = 'LOGIN' AND result = 'REFUSED' AND detail LIKE '" + detailLike + "'"
                + (actor == null ? "" : " AND actor = '" + actor + "'"));
    }

    private static String refusedChange(AppClient client, String current, String next) throws Exception {
        HttpResponse<String> response = client.sendJson("POST", "api/v1/account/password",
                "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}");
        assertEquals(400, response.statusCode(), response.body());
        return LoginPages.problemDetail(response);
    }

    private static HttpResponse<String> createAccount(AppClient head, String username, String password) throws Exception {
        return LoginPages.postForm(head, "admin/users.xhtml", "new-user", Map.of("new-user:username", username,
                "new-user:displayName", "新同事", "new-user:password", password, "new-user:create", ""));
    }
}
