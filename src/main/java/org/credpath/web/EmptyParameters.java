package org.credpath.web;

import org.springframework.beans.BeanUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A number, flag or other typed query parameter sent empty ({@code page=}) is a 400 naming it. Spring would quietly
 * use the default value instead, so a client's bug (an unset variable in a URL template) would go unseen. Text
 * parameters may be empty: there, empty means "no filter".
 */
final class EmptyParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        for (var parameter : method.getMethodParameters()) {
            var annotation = parameter.getParameterAnnotation(RequestParam.class);
            var type = parameter.getParameterType();
            if (annotation == null || CharSequence.class.isAssignableFrom(type) || !BeanUtils.isSimpleValueType(type)) {
                continue;
            }
            var name = !annotation.name().isEmpty() ? annotation.name()
                    : !annotation.value().isEmpty() ? annotation.value() : parameter.getParameterName();
            var values = name == null ? null : request.getParameterValues(name);
            if (values != null && values.length > 0 && values[0].isBlank()) {
                throw new BadRequestException(name, "is empty: give a value or leave the parameter out");
            }
        }
        return true;
    }
}
