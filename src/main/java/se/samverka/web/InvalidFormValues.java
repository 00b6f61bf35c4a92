package se.samverka.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * A form post with a value that cannot be read at all (an unknown choice of an enum, {@code consent=abc}, a date that
 * is no date, text with a NUL byte) answers 400 and shows the form again with an error at that field and every value
 * kept. Spring binds a form record through its constructor, and when one value cannot be converted it creates no
 * record at all (the controller got null and the page failed with a 500), or, for a Boolean, a record whose
 * BindingResult has no target (the controller's next {@code rejectValue} failed with a 500). Here the record is made again from the
 * values that could be read, the unreadable ones left empty, and the binding errors are kept, so each controller's
 * ordinary "show the form with its errors" path works unchanged.
 */
@Component
class InvalidFormValues implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
            var resolvers = new ArrayList<HandlerMethodArgumentResolver>();
            for (var resolver : adapter.getArgumentResolvers()) {
                resolvers.add(
                        resolver instanceof ModelAttributeMethodProcessor forms ? new KeepingForm(forms) : resolver);
            }
            adapter.setArgumentResolvers(resolvers);
        }
        return bean;
    }

    private record KeepingForm(ModelAttributeMethodProcessor delegate) implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return delegate.supportsParameter(parameter);
        }

        @Override
        public Object resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer container,
                NativeWebRequest webRequest,
                WebDataBinderFactory binderFactory)
                throws Exception {
            var form = delegate.resolveArgument(parameter, container, webRequest, binderFactory);
            var name = ModelFactory.getNameForParameter(parameter);
            var key = BindingResult.MODEL_KEY_PREFIX + name;
            if (container == null || !(container.getModel().get(key) instanceof BindingResult result)) {
                return form;
            }
            Set<String> unreadable = result.getFieldErrors().stream()
                    .filter(FieldError::isBindingFailure)
                    .map(FieldError::getField)
                    .collect(Collectors.toSet());
            if (unreadable.isEmpty()) {
                return form;
            }
            var response = webRequest.getNativeResponse(HttpServletResponse.class);
            if (response != null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            var request = webRequest.getNativeRequest(HttpServletRequest.class);
            if (binderFactory == null || request == null) {
                return form;
            }
            // made again even when Spring made one: a value that failed while the record was being made leaves a
            // BindingResult without its target, which fails as soon as the controller rejects another field
            var binder =
                    binderFactory.createBinder(webRequest, null, name, ResolvableType.forMethodParameter(parameter));
            if (!(binder instanceof ServletRequestDataBinder servletBinder)) {
                return form;
            }
            servletBinder.construct(new Without(request, defaults(parameter.getParameterType(), unreadable)));
            if (binder.getTarget() == null) {
                return form;
            }
            var kept = binder.getBindingResult();
            kept.addAllErrors(result);
            validate(parameter, binder, name, unreadable);
            // the same keys, so the BindingResult stays right after its form for the controller's Errors parameter
            container.getModel().put(name, binder.getTarget());
            container.getModel().put(key, kept);
            return binder.getTarget();
        }
    }

    /**
     * Validates the form made again as the parameter asks ({@code @Valid}), leaving out errors at the fields that
     * could not be read: they have theirs already.
     */
    private static void validate(MethodParameter parameter, WebDataBinder binder, String name, Set<String> unreadable) {
        for (var annotation : parameter.getParameterAnnotations()) {
            var hints = ValidationAnnotationUtils.determineValidationHints(annotation);
            if (hints == null) {
                continue;
            }
            var found = new BeanPropertyBindingResult(binder.getTarget(), name);
            for (var validator : binder.getValidatorsToApply()) {
                if (validator instanceof SmartValidator smart && hints.length > 0) {
                    smart.validate(binder.getTarget(), found, hints);
                } else {
                    validator.validate(binder.getTarget(), found);
                }
            }
            for (var error : found.getAllErrors()) {
                if (!(error instanceof FieldError field && unreadable.contains(field.getField()))) {
                    binder.getBindingResult().addError(error);
                }
            }
            return;
        }
    }

    /**
     * What stands in for each unreadable value: nothing, or for a field of a primitive type (which cannot be left
     * empty) its default, {@code false} or {@code 0}.
     */
    private static Map<String, String> defaults(Class<?> form, Set<String> unreadable) {
        var defaults = new java.util.HashMap<String, String>();
        unreadable.forEach(field -> defaults.put(field, null));
        if (form.isRecord()) {
            for (var component : form.getRecordComponents()) {
                var type = component.getType();
                if (unreadable.contains(component.getName()) && type.isPrimitive()) {
                    defaults.put(component.getName(), type == boolean.class ? "false" : "0");
                }
            }
        }
        return defaults;
    }

    /** The request with the parameters that could not be read left out or replaced by their default. */
    private static final class Without extends HttpServletRequestWrapper {

        private final Map<String, String> replaced;

        Without(HttpServletRequest request, Map<String, String> replaced) {
            super(request);
            this.replaced = replaced;
        }

        @Override
        public String getParameter(String name) {
            return replaced.containsKey(name) ? replaced.get(name) : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            if (!replaced.containsKey(name)) {
                return super.getParameterValues(name);
            }
            return replaced.get(name) == null ? null : new String[] {replaced.get(name)};
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            var map = new java.util.LinkedHashMap<>(super.getParameterMap());
            replaced.forEach((name, value) -> {
                if (value == null) {
                    map.remove(name);
                } else {
                    map.put(name, new String[] {value});
                }
            });
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
