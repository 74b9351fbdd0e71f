/**
 * Demo data for the embedded default profile: the Tai'an bureau tree, one user per role and a handful of
 * cases at different stages, each moved there through the same services the users use. Off under
 * the {@code postgres} profile ({@code qualityloop.demo.enabled=false}).
 */
package org.qualityloop.demo;
