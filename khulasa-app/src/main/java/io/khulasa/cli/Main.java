package io.khulasa.cli; public class Main { public static void main(String[] a){} }
