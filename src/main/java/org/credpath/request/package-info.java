/**
 * The request edge: the one model of filters ({@link org.credpath.request.SelectionParams}) and of costs and limits
 * ({@link org.credpath.request.SolveParams}) that every endpoint taking them binds, from query parameters (GET) and
 * from JSON bodies alike, validates in one place (the kernel records they turn into) and hands to the engines.
 */
package org.credpath.request;
