/**
 * The one form model every form a person submits uses: fields declared once with their type and limits
 * ({@link org.qualityloop.forms.FormField}), raw input read into typed values
 * ({@link org.qualityloop.forms.FormValues}) with every problem collected as a message key
 * ({@link org.qualityloop.forms.FieldErrors}), and labels from the bundles. Depends on nothing.
 */
package org.qualityloop.forms;
