package org.qualityloop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven like a user: sign in, click, fill in, submit; a screenshot per step. */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    private final Path screenshots;
    private final Path downloads;
    private int shot;

    Browser(String base, Path screenshots) throws IOException {
        this(base, screenshots, false);
    }

    /** {@code phone}: a 375 × 812 screen (an iPhone's CSS pixels), touch, as Chromium's device emulation gives it. */
    Browser(String base, Path screenshots, boolean phone) throws IOException {
        this.base = base;
        this.screenshots = Files.createDirectories(screenshots);
        Path profile = Files.createTempDirectory("ql-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserAvailable.CHROMIUM.toFile());
        // the flags keep Chromium off the network this machine does not have
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        downloads = Files.createTempDirectory("ql-downloads");
        // a PDF is saved as the user's download, not shown in the browser's viewer
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        if (phone) {
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", 375, "height", 812, "pixelRatio", 2.0, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserAvailable.DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String username) {
        open("/login");
        type("username", username);
        type("password", "demo");
        navigate(driver.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(driver.getCurrentUrl()).as("%s signed in: %s", username, text()).doesNotContain("/login");
    }

    /** On a phone the menu is folded: opens it, as a user taps the menu button. */
    void menu() {
        var button = driver.findElements(By.cssSelector("label.menu-button"));
        if (!button.isEmpty() && button.get(0).isDisplayed()
                && !driver.findElement(By.id("menu-toggle")).isSelected()) {
            button.get(0).click();
        }
    }

    void signOut() {
        menu();
        navigate(driver.findElement(By.cssSelector("form[action$='/logout'] button")));
        assertThat(driver.getCurrentUrl()).contains("/login?logout");
    }

    /** Opens the inbox newest first (other tests share the database, so the inbox may be long) and the task. */
    void openFromInbox(String caseNo, String taskKey) {
        open("/inbox?sort=CREATED_DESC");
        openTask(caseNo, taskKey);
    }

    /** Opens the task of a case from the list the user is on (inbox or portal), as a user would click it. */
    void openTask(String caseNo, String taskKey) {
        navigate(driver.findElement(By.cssSelector("tr[data-task='" + taskKey + "'][data-case='" + caseNo + "'] a")));
        assertThat(driver.getCurrentUrl()).contains("/tasks/");
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void choose(String id) {
        driver.findElement(By.id(id)).click();
    }

    void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    /** Sets a date input directly: typing into one depends on the browser's locale. */
    void date(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                id, isoDate);
    }

    boolean checked(String id) {
        return driver.findElement(By.id(id)).isSelected();
    }

    String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /**
     * Chooses a file. ChromeDriver sometimes loses the file input's DOM node right after a page load
     * ("Node with given id does not belong to the document"); the input is then found afresh and tried again.
     */
    void attach(Path file) {
        attach("attachments", file);
    }

    void attach(String input, Path file) {
        for (int attempt = 1; ; attempt++) {
            try {
                driver.findElement(By.id(input)).sendKeys(file.toAbsolutePath().toString());
                return;
            } catch (WebDriverException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    void submit() {
        navigate(driver.findElement(By.id("submit")));
    }

    void click(By by) {
        navigate(driver.findElement(by));
    }

    /** Clicks something that loads a new page and waits until the old one is gone. */
    private void navigate(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // the old page is gone once its root cannot be asked anything: ChromeDriver reports that either as
        // a stale element or, mid-navigation, as a node that "does not belong to the document"
        wait.until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        // the new page must be complete before anything on it is touched
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Submits, confirms when the page asks to, and checks the task was done. */
    void submitAndConfirm() {
        submit();
        if (!driver.findElements(By.id("confirmation")).isEmpty()) {
            screenshot("confirmation");
            choose("confirmed");
            submit();
        }
        assertDone();
    }

    void assertDone() {
        assertThat(text()).as("no error page").doesNotContain("出错了");
        assertThat(driver.findElements(By.cssSelector(".flash.ok"))).as("done message on %s: %s",
                driver.getCurrentUrl(), text()).isNotEmpty();
    }

    /** The text of the first element the CSS selector finds. */
    String find(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /** Signs on a canvas as a finger would: press, a zigzag stroke, lift (pointer events). */
    void draw(String canvasId) {
        WebElement pad = driver.findElement(By.id(canvasId));
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(pad, -120, 10).clickAndHold()
                .moveByOffset(40, -30).moveByOffset(40, 40).moveByOffset(40, -40).moveByOffset(40, 30)
                .moveByOffset(40, -20).release().perform();
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** How far the page is wider than the screen, in CSS pixels (0: no sideways scrolling). */
    long overflow() {
        Object width = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        return ((Number) width).longValue();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** Clicks a download link and waits for the finished file, as the user's browser saved it. */
    Path download(By link) throws IOException, InterruptedException {
        java.util.Set<Path> before;
        try (var listed = Files.list(downloads)) {
            before = listed.collect(java.util.stream.Collectors.toSet());
        }
        driver.findElement(link).click();
        for (int waited = 0; waited < 300; waited++) {
            try (var listed = Files.list(downloads)) {
                // Chromium writes to hidden and .crdownload files first, then renames the finished one
                var done = listed.filter(f -> !before.contains(f) && !f.getFileName().toString().startsWith(".")
                        && !f.toString().endsWith(".crdownload") && !f.toString().endsWith(".tmp")).findFirst();
                if (done.isPresent() && Files.exists(done.get()) && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("nothing downloaded from " + link + " into " + downloads);
    }

    void screenshot(String name) {
        try {
            Files.write(screenshots.resolve(String.format("%02d-%s.png", ++shot, name)),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
