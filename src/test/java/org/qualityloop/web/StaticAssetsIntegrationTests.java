package org.qualityloop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** The styles and scripts ship with the application and are served from it; links of a page are only links. */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class StaticAssetsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @Test
    void theStylesScriptsAndIconAreServedFromTheApplication() throws Exception {
        mvc.perform(get("/css/app.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/js/app.js")).andExpect(status().isOk());
        mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
        mvc.perform(get("/public")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/css/app.css\"")));
    }

    /**
     * With the resource chain on, every link a template builds (twenty rows of a list, each with its own) was looked
     * up as a file in every jar of the class path before it was written: most of a list page's time at province
     * scale. Nothing of ours is versioned by name, so the filter that does it must not be there.
     */
    @Test
    void linksArePrintedWithoutLookingThemUpAsFiles() {
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .extracting(FilterRegistrationBean::getFilter)
                .noneMatch(ResourceUrlEncodingFilter.class::isInstance);
        assertThat(context.getBeanNamesForType(ResourceUrlEncodingFilter.class)).isEmpty();
    }
}
