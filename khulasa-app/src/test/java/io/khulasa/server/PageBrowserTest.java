package io.khulasa.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import static io.khulasa.server.Fixtures.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in a real headless Chromium: paste an Arabic cluster, summarize, follow each summary sentence to its
 * highlighted place in its article. Skipped when Chromium or its driver is not installed; run it alone with
 * {@code mvn -pl khulasa-app test -Dgroups=browser}. Screenshots go to {@code khulasa-app/target/screenshots/}.
 */
@Tag("browser")
class PageBrowserTest {
    // Overridable so the skip can be seen without uninstalling anything: -Dkhulasa.chromium=/nowhere
    private static final Path CHROMIUM = Path.of(System.getProperty("khulasa.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("khulasa.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static KhulasaServer server;
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (missing() != null) return; // each test then reports itself skipped, with the reason
        // Never let Selenium Manager look for a driver on the network: we name ours.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        server = new KhulasaServer(ServerConfig.defaults().withPort(0)).start();
        profile = Files.createTempDirectory("khulasa-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--force-device-scale-factor=1", "--lang=en-US",
                "--force-prefers-reduced-motion"); // no highlight animation caught mid-way in screenshots
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) driver.quit();
        if (server != null) server.stop();
        if (profile != null) {
            try (Stream<Path> s = Files.walk(profile)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Why the browser test cannot run here, or null when it can. */
    private static String missing() {
        if (!Files.isExecutable(CHROMIUM)) return "browser test skipped: " + CHROMIUM + " is missing (apt-get install -y chromium chromium-driver)";
        if (!Files.isExecutable(DRIVER)) return "browser test skipped: " + DRIVER + " is missing (apt-get install -y chromium-driver)";
        return null;
    }

    @BeforeEach
    void openPage() {
        assumeTrue(missing() == null, PageBrowserTest::missing);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(server.uri().toString());
        // The method list is filled from /api/methods once the script has run.
        waitFor().until(d -> !new Select(d.findElement(By.id("method"))).getOptions().isEmpty());
    }

    @AfterEach
    void noScriptErrorsOrPolicyViolations() {
        if (driver == null) return;
        List<String> severe = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue() && !e.getMessage().contains("/api/summarize")) severe.add(e.getMessage());
        }
        // A failed POST is logged by Chromium itself when a test provokes an API error; anything else is ours.
        assertThat(severe).as("console errors (script errors, CSP violations)").isEmpty();
    }

    private static org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> waitFor() {
        // the page re-renders the summary when a new one arrives: an element read meanwhile is stale, so look again
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private static JavascriptExecutor js() {
        return driver;
    }

    @Test
    void pasteAnArabicClusterAndFollowEverySentenceToItsPlace() throws Exception {
        List<Path> files = Fixtures.files(Fixtures.arabicCluster());
        assertThat(files).hasSize(3);
        driver.findElement(By.id("add-article")).click();
        List<WebElement> boxes = driver.findElements(By.cssSelector("#articles textarea"));
        assertThat(boxes).hasSize(3);
        for (int i = 0; i < files.size(); i++) boxes.get(i).sendKeys(Fixtures.read(files.get(i)));
        for (int i = 0; i < files.size(); i++) {
            assertThat(boxes.get(i).getDomProperty("value")).as("pasted text of article " + (i + 1)).isEqualTo(Fixtures.read(files.get(i)));
            assertThat(boxes.get(i).getDomAttribute("dir")).isEqualTo("auto");
        }
        new Select(driver.findElement(By.id("method"))).selectByValue("centroid");
        driver.findElement(By.id("summarize")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#summary a.sentence")));

        // What the page shows is what the API says for the same articles.
        JsonNode expected = summarizeOverHttp(files);
        List<WebElement> links = driver.findElements(By.cssSelector("#summary a.sentence"));
        JsonNode sentences = expected.get("sentences");
        assertThat(sentences.size()).isGreaterThan(1);
        assertThat(links).hasSize(sentences.size());
        int receipts = 0;
        for (int k = 0; k < links.size(); k++) {
            assertThat(links.get(k).findElement(By.className("sentence-text")).getText()).isEqualTo(squash(sentences.get(k).get("text").asText()));
            // "+2": how many other articles report the same fact
            int also = sentences.get(k).get("alsoIn").size();
            List<WebElement> badge = links.get(k).findElements(By.className("also-badge"));
            assertThat(badge).as("sentence " + k).hasSize(also == 0 ? 0 : 1);
            if (also > 0) assertThat(badge.get(0).getText()).isEqualTo("+" + also);
            receipts += also;
        }
        assertThat(receipts).as("facts the cluster's outlets share").isPositive();
        List<WebElement> docs = driver.findElements(By.cssSelector("#documents article.doc"));
        assertThat(docs).hasSize(3);
        for (int i = 0; i < 3; i++) {
            WebElement d = docs.get(i);
            assertThat(d.getDomAttribute("data-doc-id")).isEqualTo("article-" + (i + 1));
            assertThat(d.findElement(By.className("doc-text")).getDomAttribute("dir")).isEqualTo("rtl");
            assertThat(d.findElement(By.cssSelector("details.dropped > summary")).getText()).startsWith("Dropped lines (");
        }
        assertThat(driver.findElements(By.tagName("mark"))).isEmpty();
        shoot("summary-ar.png", true);

        for (int k = 0; k < links.size(); k++) {
            WebElement link = driver.findElements(By.cssSelector("#summary a.sentence")).get(k);
            js().executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
            link.click();
            String text = squash(sentences.get(k).get("text").asText());
            waitFor().withMessage("one <mark> after selecting sentence " + k).until(d -> d.findElements(By.tagName("mark")).size() == 1);
            WebElement mark = driver.findElement(By.tagName("mark"));
            // the source between start and end: the sentence, with what it omits struck through
            assertThat(mark.findElements(By.cssSelector("s.omitted"))).hasSize(sentences.get(k).get("omitted").size());
            if (sentences.get(k).get("omitted").isEmpty()) assertThat(mark.getText()).as("highlighted text of sentence " + k).isEqualTo(text);
            WebElement article = mark.findElement(By.xpath("ancestor::article"));
            assertThat(article.getDomAttribute("data-doc-id")).as("sentence " + k).isEqualTo(sentences.get(k).get("document").asText());
            // The highlight is the exact span the offsets name, found in place within the article's own text.
            String docText = (String) js().executeScript("return arguments[0].closest('.doc-text').textContent", mark);
            assertThat(docText.indexOf((String) js().executeScript("return arguments[0].textContent", mark)))
                    .isEqualTo(sentences.get(k).get("start").asInt());
            Boolean inView = (Boolean) js().executeScript(
                    "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", mark);
            assertThat(inView).as("highlighted sentence " + k + " scrolled into view").isTrue();
            assertThat(link.getDomAttribute("class")).contains("current");
        }
        // Leave the highlight on a sentence of a later article for the picture.
        int show = 0;
        for (int k = 0; k < sentences.size(); k++) if (!sentences.get(k).get("document").asText().equals("article-1")) show = k;
        driver.findElements(By.cssSelector("#summary a.sentence")).get(show).click();
        shoot("summary-ar-highlight.png", false);
    }

    @Test
    void whatASentenceOmitsIsStruckThroughInItsSource() {
        List<WebElement> boxes = driver.findElements(By.cssSelector("#articles textarea"));
        String a = "Harbour fire\n\nA fire destroyed two grain warehouses at the port of Harwick on Tuesday, the port authority said.\n";
        String b = "Port reopens\n\nThe port of Harwick reopened to ships on Thursday after the warehouse fire, officials said.\n";
        boxes.get(0).sendKeys(a);
        boxes.get(1).sendKeys(b);
        new Select(driver.findElement(By.id("unit"))).selectByValue("sentences");
        driver.findElement(By.id("summarize")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#summary a.sentence")));
        WebElement link = driver.findElements(By.cssSelector("#summary a.sentence")).get(0);
        String quoted = link.findElement(By.className("sentence-text")).getText();
        assertThat(quoted).doesNotContain("on Tuesday").doesNotContain("on Thursday");
        link.click();
        waitFor().until(d -> d.findElements(By.tagName("mark")).size() == 1);
        WebElement mark = driver.findElement(By.tagName("mark"));
        List<WebElement> struck = mark.findElements(By.cssSelector("s.omitted"));
        assertThat(struck).hasSize(1);
        assertThat(struck.get(0).getText()).matches("\\s*on (Tuesday|Thursday)");
        assertThat(squash(mark.getText())).isIn(squash(a.substring(a.indexOf("A fire"))), squash(b.substring(b.indexOf("The port"))));

        // Quoting whole sentences: nothing omitted, nothing struck.
        driver.findElement(By.id("verbatim")).click();
        driver.findElement(By.id("summarize")).click();
        waitFor().until(d -> d.findElements(By.cssSelector("#summary a.sentence .sentence-text")).stream()
                .anyMatch(e -> e.getText().contains(" on T")));
        driver.findElements(By.cssSelector("#summary a.sentence")).get(0).click();
        waitFor().until(d -> d.findElements(By.tagName("mark")).size() == 1);
        assertThat(driver.findElement(By.tagName("mark")).findElements(By.cssSelector("s.omitted"))).isEmpty();
    }

    @Test
    void uploadedFilesAreSummarizedAndNamedByFile() {
        driver.findElement(By.id("tab-upload")).click();
        WebElement input = driver.findElement(By.id("files"));
        List<String> paths = Fixtures.files(Fixtures.arabicCluster()).stream().map(p -> p.toAbsolutePath().toString()).toList();
        input.sendKeys(String.join("\n", paths));
        assertThat(driver.findElements(By.cssSelector("#file-list li"))).hasSize(3);
        new Select(driver.findElement(By.id("unit"))).selectByValue("sentences");
        WebElement limit = driver.findElement(By.id("limit"));
        limit.clear();
        limit.sendKeys("2");
        driver.findElement(By.id("summarize")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#summary a.sentence")));
        assertThat(driver.findElements(By.cssSelector("#summary a.sentence"))).hasSize(2);
        List<String> ids = driver.findElements(By.cssSelector("#documents article.doc")).stream().map(e -> e.getDomAttribute("data-doc-id")).toList();
        assertThat(ids).containsExactly("001.txt", "002.txt", "003.txt");
    }

    @Test
    void anErrorFromTheApiIsShownInPlainWords() {
        driver.findElements(By.cssSelector("#articles textarea")).get(0).sendKeys("Title\n\nOne short article about nothing much at all today.");
        WebElement limit = driver.findElement(By.id("limit"));
        limit.clear();
        limit.sendKeys("0");
        driver.findElement(By.id("summarize")).click();
        WebElement error = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).contains("Could not summarize").contains("budget.words: must be a positive integer, was 0")
                .contains("invalid-budget");
        assertThat(driver.findElement(By.id("result")).isDisplayed()).isFalse();
    }

    @Test
    void fitsAPhoneScreen() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        waitFor().until(d -> !new Select(d.findElement(By.id("method"))).getOptions().isEmpty());
        List<Path> files = Fixtures.files(Fixtures.arabicCluster());
        List<WebElement> boxes = driver.findElements(By.cssSelector("#articles textarea"));
        for (int i = 0; i < 2; i++) boxes.get(i).sendKeys(Fixtures.read(files.get(i)));
        driver.findElement(By.id("summarize")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#summary a.sentence")));
        Long overflow = (Long) js().executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).as("horizontal overflow on a phone-sized screen").isLessThanOrEqualTo(0L);
        shoot("summary-ar-phone.png", false);
    }

    /** The API's answer for the fixture texts under the ids the page gives pasted articles. */
    private static JsonNode summarizeOverHttp(List<Path> files) throws IOException, InterruptedException {
        ObjectNode req = MAPPER.createObjectNode();
        ArrayNode docs = req.putArray("documents");
        for (int i = 0; i < files.size(); i++) docs.addObject().put("id", "article-" + (i + 1)).put("text", Fixtures.read(files.get(i)));
        req.putObject("budget").put("words", 100);
        req.put("method", "centroid").put("language", "auto");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.uri() + "api/summarize"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(req.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return MAPPER.readTree(r.body());
    }

    /** WebDriver's getText() collapses runs of white space; compare like with like. */
    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static void shoot(String name, boolean wholePage) throws IOException {
        Dimension before = driver.manage().window().getSize();
        if (wholePage) {
            js().executeScript("window.scrollTo(0, 0)");
            long height = (Long) js().executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 100, 6000)));
        }
        Path tmp = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(tmp, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        if (wholePage) driver.manage().window().setSize(before);
    }
}
