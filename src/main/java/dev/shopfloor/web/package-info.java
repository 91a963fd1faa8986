/**
 * The admin pages. Thymeleaf renders each page's frame: navigation, labelled forms and the controls the signed-in
 * role may use. Small JavaScript modules ({@code static/admin/js}) fill it from the public {@code /api}, write
 * through it, and keep it live through {@code /api/sync}: the pages are one more API client and every rule,
 * conflict and error comes from the same endpoints other clients use (docs/decisions.md).
 */
@NullMarked
package dev.shopfloor.web;

import org.jspecify.annotations.NullMarked;
