package se.samverka.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Every page's title ends with the service's name ("Mina uppdrag – Samverka", WCAG 2.4.2), so that a tab, a bookmark
 * or a screen reader's list of windows says which service the page belongs to. Pages keep naming only themselves in
 * their {@code <title>}; the name is added here, once, after the page is rendered.
 */
@Component
class ServiceNameInTitles extends AbstractDialect implements IPostProcessorDialect {

    static final String SERVICE_NAME = "Samverka";

    ServiceNameInTitles() {
        super("samverka-title");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000));
    }

    /** Appends " – Samverka" to the text of the {@code <title>} in {@code <head>}, unless it already ends with it. */
    public static final class Handler extends AbstractTemplateHandler {

        private boolean inHead;
        /** After {@code </head>} every other element of the page passes straight through. */
        private boolean headDone;

        private boolean inTitle;
        private final StringBuilder title = new StringBuilder();

        @Override
        public void handleOpenElement(IOpenElementTag tag) {
            if (headDone) {
                super.handleOpenElement(tag);
                return;
            }
            var name = tag.getElementCompleteName();
            if ("head".equalsIgnoreCase(name)) {
                inHead = true;
            } else if (inHead && "title".equalsIgnoreCase(name)) {
                inTitle = true;
                title.setLength(0);
            }
            super.handleOpenElement(tag);
        }

        @Override
        public void handleText(IText text) {
            if (inTitle) {
                title.append(text.getText());
            }
            super.handleText(text);
        }

        @Override
        public void handleCloseElement(ICloseElementTag tag) {
            if (headDone) {
                super.handleCloseElement(tag);
                return;
            }
            var name = tag.getElementCompleteName();
            if (inTitle && "title".equalsIgnoreCase(name)) {
                inTitle = false;
                var text = title.toString().strip();
                if (!text.endsWith(SERVICE_NAME)) {
                    super.handleText(getContext()
                            .getModelFactory()
                            .createText(text.isEmpty() ? SERVICE_NAME : " – " + SERVICE_NAME));
                }
            } else if ("head".equalsIgnoreCase(name)) {
                inHead = false;
                headDone = true;
            }
            super.handleCloseElement(tag);
        }
    }
}
