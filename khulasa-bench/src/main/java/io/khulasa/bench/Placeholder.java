package io.khulasa.bench; public class Placeholder {}
